package com.siyu.workbench.contacts;

import java.time.Instant;

/** A member's named filter. Its id is what an SOP rule's audience refers to. */
public record SavedFilter(long id, String ownerUserid, String name, ContactFilter filter, Instant updatedAt) {
}
