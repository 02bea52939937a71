package com.siyu.workbench.contacts;

import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.MemberRepository;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.members.Teams;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whose contacts an actor sees: a guide (READ_OWN_CONTACTS) the customers they follow; a lead
 * (READ_TEAM_CONTACTS) also those of the lead's team ({@link Teams}: their departments and every department they
 * lead, with the ones below it); anyone else nothing.
 */
public final class ContactAccess {
    private final MemberRepository members;

    public ContactAccess(MemberRepository members) {
        this.members = members;
    }

    public ContactScope scopeOf(Actor actor) {
        if (!AccessPolicy.allows(actor, Permission.READ_OWN_CONTACTS)
                && !AccessPolicy.allows(actor, Permission.READ_TEAM_CONTACTS)) {
            throw new AccessDeniedException(actor, Permission.READ_OWN_CONTACTS);
        }
        Set<String> visible = new LinkedHashSet<>();
        visible.add(actor.userid());
        if (AccessPolicy.allows(actor, Permission.READ_TEAM_CONTACTS)) {
            members.find(actor.userid()).ifPresent(lead -> visible.addAll(Teams.of(lead, members)));
        }
        return new ContactScope(actor, List.copyOf(visible),
                AccessPolicy.allows(actor, Permission.SEE_FULL_PHONE));
    }

    /** Throws unless the actor may edit the follow of {@code followUserid}. */
    public static void requireEdit(ContactScope scope, String followUserid) {
        AccessPolicy.require(scope.actor(), Permission.EDIT_OWN_CONTACTS);
        if (!scope.canEdit(followUserid)) {
            throw new AccessDeniedException(scope.actor(), Permission.EDIT_OWN_CONTACTS);
        }
    }
}
