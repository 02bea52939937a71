package com.siyu.workbench.content;

import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;

/**
 * Who may see and change which version. Reviewers (READ_ALL_CONTENT) see everything. Everyone else with
 * READ_APPROVED_CONTENT sees approved versions, plus — when they may propose — the versions they wrote themselves.
 * Editing: EDIT_CONTENT edits any draft; PROPOSE_CONTENT only starts new drafts and edits its own.
 */
final class ContentAccess {
    private ContentAccess() {
    }

    static boolean seesAll(Actor actor) {
        return AccessPolicy.allows(actor, Permission.READ_ALL_CONTENT);
    }

    static boolean canSee(Actor actor, ContentVersion v) {
        return seesAll(actor) || v.status() == ContentStatus.APPROVED
                || AccessPolicy.allows(actor, Permission.PROPOSE_CONTENT) && actor.userid().equals(v.author());
    }

    /** Starting a new version (or a new item): an editor or a proposer. */
    static void requireProposeOrEdit(Actor actor) {
        if (!AccessPolicy.allows(actor, Permission.EDIT_CONTENT)) {
            AccessPolicy.require(actor, Permission.PROPOSE_CONTENT);
        }
    }

    /** Changing or submitting an existing draft: an editor, or the proposer who wrote it. */
    static void requireCanChangeDraft(Actor actor, ContentVersion draft) {
        if (AccessPolicy.allows(actor, Permission.EDIT_CONTENT)) {
            return;
        }
        AccessPolicy.require(actor, Permission.PROPOSE_CONTENT);
        if (!actor.userid().equals(draft.author())) {
            throw new AccessDeniedException(actor, Permission.EDIT_CONTENT);
        }
    }
}
