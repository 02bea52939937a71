package com.siyu.workbench.members;

import java.util.Map;
import java.util.Set;

/** The local role table an admin edits. */
public interface RoleRepository {
    Set<Role> rolesOf(String userid);

    Map<String, Set<Role>> all();

    /** Replaces one member's roles; {@code grantedBy} is the admin's userid. */
    void setRoles(String userid, Set<Role> roles, String grantedBy);

    /** Gives roles only to members that have none yet (first sync); never overrides an admin's choice. */
    void assignDefaultsIfAbsent(Map<String, Set<Role>> defaults);
}
