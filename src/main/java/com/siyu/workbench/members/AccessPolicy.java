package com.siyu.workbench.members;

import static com.siyu.workbench.members.Permission.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which role may do what. Enforced in services (every call that acts for a person takes an {@link Actor});
 * the UI only hides what would be refused anyway.
 */
public final class AccessPolicy {
    private static final Map<Role, Set<Permission>> GRANTS = new EnumMap<>(Role.class);

    static {
        GRANTS.put(Role.GUIDE, EnumSet.of(WORK_OWN_QUEUE, READ_OWN_CONTACTS, EDIT_OWN_CONTACTS,
                READ_APPROVED_CONTENT, PROPOSE_CONTENT, READ_RULES, SYNC_NOW, SEE_FULL_PHONE));
        GRANTS.put(Role.REVIEWER, EnumSet.of(READ_APPROVED_CONTENT, READ_ALL_CONTENT, PROPOSE_CONTENT, EDIT_CONTENT,
                REVIEW_CONTENT, SYNC_NOW));
        GRANTS.put(Role.LEAD, EnumSet.of(READ_OWN_CONTACTS, READ_TEAM_CONTACTS, READ_APPROVED_CONTENT, READ_RULES,
                EDIT_RULES, VIEW_TEAM_DASHBOARD, READ_TEAM_LOG, EXPORT_DATA, SYNC_NOW));
        GRANTS.put(Role.ADMIN, EnumSet.of(READ_RULES, EDIT_RULES, MANAGE_SETTINGS, MANAGE_ROLES, READ_ALL_CONTENT,
                READ_APPROVED_CONTENT, EXPORT_DATA, SYNC_NOW));
    }

    private AccessPolicy() {
    }

    public static Set<Permission> permissionsOf(Set<Role> roles) {
        Set<Permission> all = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> all.addAll(GRANTS.get(role)));
        return all;
    }

    public static boolean allows(Actor actor, Permission permission) {
        return actor.roles().stream().anyMatch(role -> GRANTS.get(role).contains(permission));
    }

    public static void require(Actor actor, Permission permission) {
        if (!allows(actor, permission)) {
            throw new AccessDeniedException(actor, permission);
        }
    }
}
