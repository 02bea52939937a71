package com.siyu.workbench.audit;

/**
 * Sales credited to one rep, one channel or a whole team over a range, as {@link SalesAttribution} reports them.
 *
 * @param key                    the rep's userid, or the channel's state ("" for customers without a channel; "" for
 *                               a team's total)
 * @param name                   the rep's or channel's name (the key when the channel has none)
 * @param revenueCents           the credited orders' amounts, in fen
 * @param buyers                 distinct customers among those orders
 * @param repeatBuyers           buyers with two or more orders up to the range's end (二销)
 * @param contacts               the follows that existed during the range (the denominator of revenue per contact)
 * @param repeatRate             二销率, repeatBuyers / buyers; null without buyers
 * @param revenuePerContactCents 单客产值 in fen; null without contacts
 */
public record AttributedSales(String key, String name, long revenueCents, long orders, long buyers,
                              long repeatBuyers, long contacts, Double repeatRate, Long revenuePerContactCents) {
    public static AttributedSales none(String key, String name) {
        return new AttributedSales(key, name, 0, 0, 0, 0, 0, null, null);
    }

    public AttributedSales named(String label) {
        return new AttributedSales(key, label, revenueCents, orders, buyers, repeatBuyers, contacts, repeatRate,
                revenuePerContactCents);
    }

    /** Yuan, as the tables and exports show money. */
    public double revenueYuan() {
        return revenueCents / 100.0;
    }

    public Double revenuePerContactYuan() {
        return revenuePerContactCents == null ? null : revenuePerContactCents / 100.0;
    }
}
