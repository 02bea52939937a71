package com.siyu.workbench.members;

import java.util.List;

/** A WeCom member (staff), as synced from user/list. */
public record Member(String userid, String name, String position, Integer mainDepartment,
                     List<Integer> departments, List<Integer> leaderOf, boolean followUser) {
    public Member {
        departments = List.copyOf(departments);
        leaderOf = List.copyOf(leaderOf);
    }
}
