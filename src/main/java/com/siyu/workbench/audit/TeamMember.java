package com.siyu.workbench.audit;

import java.util.List;

/**
 * A rep on a lead's dashboard: a member configured for 客户联系, with the departments (stores) they belong to.
 * {@code mobile} is already masked for the actor the dashboard was built for.
 */
public record TeamMember(String userid, String name, String mobile, List<Integer> departments) {
    public TeamMember {
        departments = List.copyOf(departments);
    }
}
