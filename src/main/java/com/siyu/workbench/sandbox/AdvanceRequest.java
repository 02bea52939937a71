package com.siyu.workbench.sandbox;

/** Body of POST /sandbox/advance: how many days pass and how many of each change happen meanwhile. */
public record AdvanceRequest(int days, int newContacts, int lostContacts, int tagChanges, int remarkChanges) {
    public AdvanceRequest {
        if (days < 0 || newContacts < 0 || lostContacts < 0 || tagChanges < 0 || remarkChanges < 0) {
            throw new IllegalArgumentException("advance counts must not be negative");
        }
    }
}
