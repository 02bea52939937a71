package com.siyu.workbench.contacts;

import java.time.Instant;

/**
 * A local follow-up note (never sent to WeCom, never overwritten by sync).
 *
 * @param taskId the queue task whose card the note was written on; null for a note written on the profile
 */
public record NoteEntry(long id, String userid, String memberName, String body, Instant createdAt, String taskId) {
}
