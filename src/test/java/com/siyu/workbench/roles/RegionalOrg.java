package com.siyu.workbench.roles;

import com.siyu.workbench.members.Department;
import com.siyu.workbench.members.Member;
import java.util.List;

/** A chain with two regions: 华东区 (徐汇店, 静安店) led by a regional manager, and 华南区 (天河店). */
public final class RegionalOrg {
    public static final List<Department> ORG = List.of(new Department(1, "总部", null, 1),
            new Department(10, "华东区", 1, 1), new Department(11, "徐汇店", 10, 1), new Department(12, "静安店", 10, 2),
            new Department(20, "华南区", 1, 2), new Department(21, "天河店", 20, 1));
    public static final Member REGIONAL = new Member("zhaoqu", "赵区经理", "区域经理", 10, List.of(10), List.of(10),
            false);
    public static final Member STORE_LEAD = new Member("wangdz", "王店长", "店长", 11, List.of(11), List.of(11), true);
    public static final List<Member> MEMBERS = List.of(REGIONAL, STORE_LEAD,
            new Member("xuhui1", "徐汇导购", "导购", 11, List.of(11), List.of(), true),
            new Member("jingan1", "静安导购", "导购", 12, List.of(12), List.of(), true),
            new Member("tianhe1", "天河导购", "导购", 21, List.of(21), List.of(), true));

    private RegionalOrg() {
    }
}
