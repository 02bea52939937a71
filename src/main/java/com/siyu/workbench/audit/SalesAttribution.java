package com.siyu.workbench.audit;

import java.time.Instant;
import java.util.Collection;

/**
 * Sales credited to a team's reps and to the channels that brought their customers ("谁的流量谁负责"), exactly as the
 * contacts feature defines them for its 业绩归因 tab (revenue, orders, buyers, 二销率, revenue per contact). The
 * contacts feature implements it over its order figures and {@code app.Workbench} hands it to {@link AuditModule},
 * so the dashboard never keeps a second definition of those figures.
 *
 * <p>A plain read without a permission check: {@link TeamDashboardService} checks {@code VIEW_TEAM_DASHBOARD} and
 * passes the userids of the actor's team only.
 */
public interface SalesAttribution {
    /**
     * Orders placed in [{@code from}, {@code to}) credited to one of {@code userids} (never empty), per rep, per
     * channel and for all of them together.
     */
    TeamSales credited(Instant from, Instant to, Collection<String> userids);
}
