package com.siyu.workbench.contacts;

import java.time.Instant;

/** A local follow-up note (never sent to WeCom, never overwritten by sync). */
public record NoteEntry(long id, String userid, String memberName, String body, Instant createdAt) {
}
