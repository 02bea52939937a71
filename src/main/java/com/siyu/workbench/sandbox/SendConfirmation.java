package com.siyu.workbench.sandbox;

/** What one member's confirmation of a mass send did: customers reached, no longer friends, or over today's quota. */
public record SendConfirmation(String msgid, String userid, int sent, int notFriend, int quotaExceeded) {
}
