package com.siyu.workbench.members;

import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.store.Database;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The admin's role table: who is a guide, reviewer, lead or admin. Checked here, not in the screen, and every
 * change is logged with the roles before and after.
 */
public final class RoleAdministration {
    private final Database db;
    private final MemberRepository members;
    private final RoleRepository roles;
    private final ActivityLog log;

    public RoleAdministration(Database db, MemberRepository members, RoleRepository roles, ActivityLog log) {
        this.db = db;
        this.members = members;
        this.roles = roles;
        this.log = log;
    }

    /** A member with their current roles. */
    public record MemberRoles(Member member, Set<Role> roles) {
        public MemberRoles {
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        }
    }

    public List<MemberRoles> list(Actor actor) {
        AccessPolicy.require(actor, Permission.MANAGE_ROLES);
        Map<String, Set<Role>> all = roles.all();
        List<MemberRoles> rows = new ArrayList<>();
        for (Member m : members.all()) {
            rows.add(new MemberRoles(m, all.getOrDefault(m.userid(), Set.of())));
        }
        return rows;
    }

    /**
     * Replaces {@code userid}'s roles. Refuses to remove the last admin, which would lock everyone out of this
     * screen.
     */
    public void setRoles(Actor actor, String userid, Set<Role> newRoles) {
        AccessPolicy.require(actor, Permission.MANAGE_ROLES);
        db.write(c -> {
            Set<Role> before = roles.rolesOf(userid);
            if (before.contains(Role.ADMIN) && !newRoles.contains(Role.ADMIN) && adminCount() <= 1) {
                throw new LastAdminException();
            }
            roles.setRoles(userid, newRoles, actor.userid());
            log.append(ActivityEvent.of(actor.userid(), Actions.ROLES_CHANGED).withDetails(Map.of(
                    "userid", userid,
                    "before", before.stream().map(Enum::name).sorted().toList(),
                    "after", newRoles.stream().map(Enum::name).sorted().toList())));
        });
    }

    private long adminCount() {
        return roles.all().values().stream().filter(r -> r.contains(Role.ADMIN)).count();
    }

    /** The change would leave no admin. */
    public static final class LastAdminException extends RuntimeException {
        public LastAdminException() {
            super("At least one member must keep the admin role");
        }

        public String messageKey() {
            return "members.roles.lastAdmin";
        }
    }
}
