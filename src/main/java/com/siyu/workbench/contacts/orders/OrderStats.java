package com.siyu.workbench.contacts.orders;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Order figures for other features: the queue's "days since last order" trigger and the lead dashboards. Plain reads
 * with no permission check; callers acting for a person check their own permission (e.g. VIEW_TEAM_DASHBOARD) and
 * pass the userids that person may see.
 */
public interface OrderStats {
    /** The customer's order count, total and first/last order time (zeros and nulls without orders). */
    ContactOrderStats forContact(String externalUserid);

    /** Newest order time per customer, for the given customers; customers without orders are absent. */
    Map<String, Instant> lastOrderAt(Collection<String> externalUserids);

    /** Newest order time of each customer {@code memberUserid} follows; customers without orders are absent. */
    Map<String, Instant> lastOrderAtForMember(String memberUserid);

    /** Sales per credited rep, for {@code userids} (every rep with a follow or a credited order when empty). */
    List<SalesStats> byRep(Period period, Collection<String> userids);

    /** Sales per channel (credited state); optionally limited to orders credited to {@code userids}. */
    List<SalesStats> byChannel(Period period, Collection<String> userids);

    /**
     * The same figures for {@code userids} together (key and name ""): a buyer credited to two of them counts once,
     * so the team's 二销率 is not an average of its reps'. Every rep when {@code userids} is empty.
     */
    SalesStats total(Period period, Collection<String> userids);
}
