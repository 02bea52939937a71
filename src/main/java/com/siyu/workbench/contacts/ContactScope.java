package com.siyu.workbench.contacts;

import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import java.util.List;

/**
 * Whose follows an actor may see, and whether they may edit their own. Built by {@link ContactAccess}; every read
 * in this feature is limited to {@link #visibleUserids()}.
 *
 * @param visibleUserids members whose customers the actor reads (never empty)
 * @param fullPhones     whether phone numbers are shown unmasked
 */
public record ContactScope(Actor actor, List<String> visibleUserids, boolean fullPhones) {
    public ContactScope {
        visibleUserids = List.copyOf(visibleUserids);
        if (visibleUserids.isEmpty()) {
            throw new IllegalArgumentException("A scope sees at least the actor's own contacts");
        }
    }

    public boolean sees(String followUserid) {
        return visibleUserids.contains(followUserid);
    }

    /** Only a member's own follow is theirs to edit (tags, remark, notes); a lead reads the team but edits nothing. */
    public boolean canEdit(String followUserid) {
        return actor.userid().equals(followUserid) && AccessPolicy.allows(actor, Permission.EDIT_OWN_CONTACTS);
    }

    public boolean isTeam() {
        return visibleUserids.size() > 1;
    }
}
