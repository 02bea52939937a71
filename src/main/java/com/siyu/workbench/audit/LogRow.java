package com.siyu.workbench.audit;

import java.time.Instant;

/**
 * One log entry as a lead reads it: who, when, what, about which contact (name and phone — the phone masked for
 * roles without SEE_FULL_PHONE), which task and content.
 */
public record LogRow(long seq, Instant at, String memberUserid, String action, String externalUserid,
                     String contactName, String contactPhone, String taskId, String contentId, String contentName,
                     String detailsJson) {
}
