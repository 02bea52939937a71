package com.siyu.workbench.sandbox.model;

import java.util.List;

/**
 * A member (staff) of the sandbox corp. {@code isLeaderInDept} runs parallel to {@code department} (1 = leader there),
 * as in user/list; {@code customerContact} = has 客户联系 enabled, i.e. listed by get_follow_user_list.
 */
public record Member(String userid, String name, List<Integer> department, String position, String mobile,
                     int gender, String email, List<Integer> isLeaderInDept, int mainDepartment, String alias,
                     String englishName, boolean customerContact) {
    public Member {
        department = List.copyOf(department);
        isLeaderInDept = List.copyOf(isLeaderInDept);
    }

    public boolean leadsAnyDepartment() {
        return isLeaderInDept.contains(1);
    }
}
