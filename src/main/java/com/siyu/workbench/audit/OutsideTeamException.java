package com.siyu.workbench.audit;

import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;

/** A lead asked about a rep or store outside their team. */
public final class OutsideTeamException extends AccessDeniedException {
    public OutsideTeamException(Actor actor, Permission permission) {
        super(actor, permission);
    }

    @Override
    public String messageKey() {
        return "audit.denied.outsideTeam";
    }
}
