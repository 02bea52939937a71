package com.siyu.workbench.members;

/** An actor tried something their roles do not allow. The UI shows {@link #messageKey()} translated. */
public class AccessDeniedException extends RuntimeException {
    private final Permission permission;

    public AccessDeniedException(Actor actor, Permission permission) {
        super(actor.userid() + " " + actor.roles() + " lacks " + permission);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }

    public String messageKey() {
        return "members.denied." + permission.name().toLowerCase(java.util.Locale.ROOT);
    }
}
