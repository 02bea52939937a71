package com.siyu.workbench.sync;

import com.siyu.workbench.members.Member;
import com.siyu.workbench.members.MemberRepository;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.members.RoleRepository;
import com.siyu.workbench.members.Teams;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whose customers a desk keeps locally, so the local copy and the sync time stay proportional to the member's work:
 * a guide — their own; a lead — their team ({@link Teams}, the set the team dashboard shows); an admin, or no member
 * (the system, the CLI without {@code --member}) — the whole corp. Only members with 客户联系 enabled have customers.
 */
final class SyncScope {
    private final MemberRepository members;
    private final RoleRepository roles;

    SyncScope(MemberRepository members, RoleRepository roles) {
        this.members = members;
        this.roles = roles;
    }

    /** The follow users in scope, sorted (a stable order makes resumed plans identical). */
    List<String> followUsers(String memberUserid) {
        List<Member> all = members.all();
        Set<String> followUsers = new TreeSet<>();
        all.stream().filter(Member::followUser).forEach(m -> followUsers.add(m.userid()));
        if (memberUserid == null) {
            return List.copyOf(followUsers);
        }
        Set<Role> held = roles.rolesOf(memberUserid);
        if (held.contains(Role.ADMIN)) {
            return List.copyOf(followUsers);
        }
        Set<String> scope = new TreeSet<>();
        scope.add(memberUserid);
        if (held.contains(Role.LEAD)) {
            members.find(memberUserid).ifPresent(lead -> scope.addAll(Teams.of(lead, members)));
        }
        scope.retainAll(followUsers);
        return List.copyOf(scope);
    }
}
