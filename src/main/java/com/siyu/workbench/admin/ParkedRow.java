package com.siyu.workbench.admin;

/** A parked outbox item as the resolve table shows it; {@code reason} is the stored Chinese reason. */
public record ParkedRow(long id, String created, String kind, String contact, String member, String summary,
                        String reason, String attempts) {
}
