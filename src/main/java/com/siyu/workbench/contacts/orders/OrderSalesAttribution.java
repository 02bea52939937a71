package com.siyu.workbench.contacts.orders;

import com.siyu.workbench.audit.AttributedSales;
import com.siyu.workbench.audit.SalesAttribution;
import com.siyu.workbench.audit.TeamSales;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The lead dashboard's 业绩归因, read through {@link OrderStats}: the same SQL and the same {@link SalesStats} rates
 * as the contacts screen's 业绩归因 tab, translated into the audit feature's records.
 */
public final class OrderSalesAttribution implements SalesAttribution {
    private final OrderStats stats;

    public OrderSalesAttribution(OrderStats stats) {
        this.stats = stats;
    }

    @Override
    public TeamSales credited(Instant from, Instant to, Collection<String> userids) {
        if (userids.isEmpty()) {
            // OrderStats reads an empty list as "every rep": a team of nobody must not see the whole corp
            throw new IllegalArgumentException("no userids to credit");
        }
        Period period = new Period(from, to);
        return new TeamSales(figures(stats.total(period, userids)), figures(stats.byRep(period, userids)),
                figures(stats.byChannel(period, userids)));
    }

    private static List<AttributedSales> figures(List<SalesStats> rows) {
        return rows.stream().map(OrderSalesAttribution::figures).toList();
    }

    static AttributedSales figures(SalesStats s) {
        return new AttributedSales(s.key(), s.name(), s.revenueCents(), s.orders(), s.buyers(), s.repeatBuyers(),
                s.contacts(), s.buyers() == 0 ? null : s.repeatPurchaseRate(),
                s.contacts() == 0 ? null : s.revenuePerContactCents());
    }
}
