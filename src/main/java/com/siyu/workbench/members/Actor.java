package com.siyu.workbench.members;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Who is acting: the member working at the desk and the roles they hold. Passed to every service that checks. */
public record Actor(String userid, String name, Set<Role> roles) {
    public Actor {
        Objects.requireNonNull(userid);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The workbench itself (sync, queue generation at rollover): not a person, allowed what the system does. */
    public static Actor system() {
        return new Actor("system", "system", Set.of(Role.ADMIN));
    }
}
