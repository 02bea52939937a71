package com.siyu.workbench.audit;

import com.siyu.workbench.members.Department;
import java.util.List;
import java.util.Optional;

/** The org chart as synced (departments and every member with their memberships), read to work out teams. */
public record Organisation(List<Department> departments, List<OrgMember> members) {
    public Organisation {
        departments = List.copyOf(departments);
        members = List.copyOf(members);
    }

    public Optional<OrgMember> member(String userid) {
        return members.stream().filter(m -> m.userid().equals(userid)).findFirst();
    }

    /** A member with contact data, departments and the departments they lead. */
    public record OrgMember(String userid, String name, String mobile, boolean followUser, List<Integer> departments,
                            List<Integer> leaderOf) {
        public OrgMember {
            departments = List.copyOf(departments);
            leaderOf = List.copyOf(leaderOf);
        }
    }
}
