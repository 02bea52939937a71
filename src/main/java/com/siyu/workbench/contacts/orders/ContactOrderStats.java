package com.siyu.workbench.contacts.orders;

import java.time.Instant;

/** A customer's purchases: how many, how much in total (fen), and when last. */
public record ContactOrderStats(String externalUserid, int orderCount, long totalCents, Instant firstOrderAt,
                                Instant lastOrderAt) {
}
