package com.siyu.workbench.audit;

import java.time.Instant;

/** One row of the activity log as stored, with its place in the hash chain. */
public record ActivityEntry(long seq, Instant occurredAt, String memberUserid, String action, String externalUserid,
                            String taskId, String contentId, Integer contentVersion, String detailsJson,
                            String prevHash, String hash) {
}
