package com.siyu.workbench.contacts.orders;

import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;

/**
 * Who handles orders. Importing and rematching touch every customer's sales, so they belong to leads (who read the
 * team) and admins (and the CLI, which acts as the system); guides confirm suggestions for their own customers.
 */
final class OrderPermissions {
    private OrderPermissions() {
    }

    static boolean isImporter(Actor actor) {
        return AccessPolicy.allows(actor, Permission.READ_TEAM_CONTACTS)
                || AccessPolicy.allows(actor, Permission.MANAGE_SETTINGS);
    }

    static void requireImporter(Actor actor) {
        if (!isImporter(actor)) {
            throw new AccessDeniedException(actor, Permission.READ_TEAM_CONTACTS);
        }
    }
}
