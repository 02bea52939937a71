package com.siyu.workbench.queue;

import java.time.LocalTime;

/** One message of approved content: a script step, or the single message of a welcome / invite template. */
public record ContentStep(int stepNo, int dayOffset, LocalTime windowStart, LocalTime windowEnd, String text,
                          String attachmentsJson) {
}
