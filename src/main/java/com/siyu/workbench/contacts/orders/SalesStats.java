package com.siyu.workbench.contacts.orders;

/**
 * Sales credited to one rep or one channel in a period.
 *
 * @param key             the rep's userid, or the channel's state ("" for follows without a channel)
 * @param revenueCents    sum of the credited orders placed in the period
 * @param orders          number of those orders
 * @param buyers          distinct customers among them
 * @param repeatBuyers    buyers whose lifetime orders up to the period's end number two or more (二销: bought again)
 * @param contacts        the rep's (or channel's) follows that existed during the period: added before its end and
 *                        not lost before its start
 */
public record SalesStats(String key, String name, long revenueCents, int orders, int buyers, int repeatBuyers,
                         int contacts) {
    /** 二销率: the share of buyers who bought again; 0 without buyers. */
    public double repeatPurchaseRate() {
        return buyers == 0 ? 0 : (double) repeatBuyers / buyers;
    }

    /** Revenue per contact (单客产值) in fen; 0 without contacts. */
    public long revenuePerContactCents() {
        return contacts == 0 ? 0 : Math.round((double) revenueCents / contacts);
    }
}
