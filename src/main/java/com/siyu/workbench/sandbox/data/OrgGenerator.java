package com.siyu.workbench.sandbox.data;

import com.siyu.workbench.sandbox.model.Department;
import com.siyu.workbench.sandbox.model.Member;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The demo corp's structure: a root, 总部 with the admin / reviewer / content staff (no 客户联系), and stores under
 * 门店, each led by a 店长 ({@code is_leader_in_dept}) with 导购 / 销售顾问 — positions from which the app's
 * {@code members.DefaultRoles} derives ADMIN, REVIEWER, LEAD and GUIDE.
 */
public final class OrgGenerator {
    public static final int ROOT = 1;
    static final int HQ = 2;
    static final int STORES = 3;
    private static final String[][] STORE_NAMES = {{"上海徐汇店", "Shanghai Xuhui"}, {"上海静安店", "Shanghai Jing'an"},
        {"杭州湖滨店", "Hangzhou Hubin"}, {"南京新街口店", "Nanjing Xinjiekou"}, {"苏州观前街店", "Suzhou Guanqian"},
        {"上海陆家嘴店", "Shanghai Lujiazui"}, {"杭州西溪店", "Hangzhou Xixi"}, {"宁波天一店", "Ningbo Tianyi"}};
    private static final String[] HQ_POSITIONS = {"运营管理员", "内容审核", "内容运营"};

    private final NameGenerator names;
    private final List<Department> departments = new ArrayList<>();
    private final List<Member> members = new ArrayList<>();
    private final Set<String> userids = new HashSet<>();

    public OrgGenerator(NameGenerator names, int memberCount) {
        this.names = names;
        departments.add(new Department(ROOT, "思语生活", "Siyu Life", 0, 100_000_000));
        departments.add(new Department(HQ, "总部运营中心", "HQ Operations", ROOT, 99_999_000));
        departments.add(new Department(STORES, "门店", "Stores", ROOT, 99_998_000));
        int hq = memberCount >= 6 ? 3 : memberCount >= 4 ? 1 : 0;
        for (int i = 0; i < hq; i++) {
            members.add(member(List.of(HQ), HQ_POSITIONS[i], false, false));
        }
        int storeStaff = memberCount - hq;
        int stores = Math.max(1, Math.min(STORE_NAMES.length, (storeStaff + 4) / 5));
        for (int s = 0; s < stores; s++) {
            int id = 10 + s;
            departments.add(new Department(id, STORE_NAMES[s][0], STORE_NAMES[s][1], STORES, 99_000_000 - s * 1000));
        }
        for (int i = 0; i < storeStaff; i++) {
            int store = 10 + i % stores;
            boolean manager = i < stores && storeStaff > stores;
            String position = manager ? "店长" : (i % 3 == 0 ? "销售顾问" : "导购");
            members.add(member(List.of(store), position, manager, true));
        }
    }

    private Member member(List<Integer> department, String position, boolean leader, boolean customerContact) {
        String[] name = names.personName();
        String userid = name[1];
        for (int n = 2; !userids.add(userid); n++) {
            userid = name[1] + n;
        }
        return new Member(userid, name[0], department, position, names.mobile(), 1 + (userid.hashCode() & 1),
                userid.toLowerCase() + "@siyu-demo.com", List.of(leader ? 1 : 0), department.get(0), "", "",
                customerContact);
    }

    public List<Department> departments() {
        return List.copyOf(departments);
    }

    public List<Member> members() {
        return List.copyOf(members);
    }
}
