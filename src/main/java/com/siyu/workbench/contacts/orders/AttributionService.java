package com.siyu.workbench.contacts.orders;

import com.siyu.workbench.contacts.ContactAccess;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import java.util.List;

/**
 * "谁的流量谁负责" for a lead: sales credited to each rep of the team, or to each channel that brought the team's
 * customers, in a period. Needs VIEW_TEAM_DASHBOARD; a lead sees the members sharing one of their departments.
 */
public final class AttributionService {
    /** What the figures are grouped by. */
    public enum By { REP, CHANNEL }

    private final ContactAccess access;
    private final OrderStats stats;

    public AttributionService(ContactAccess access, OrderStats stats) {
        this.access = access;
        this.stats = stats;
    }

    public static boolean canView(Actor actor) {
        return AccessPolicy.allows(actor, Permission.VIEW_TEAM_DASHBOARD);
    }

    public List<SalesStats> sales(Actor actor, Period period, By by) {
        AccessPolicy.require(actor, Permission.VIEW_TEAM_DASHBOARD);
        List<String> team = access.scopeOf(actor).visibleUserids();
        List<SalesStats> sales = by == By.REP ? stats.byRep(period, team) : stats.byChannel(period, team);
        // members with neither customers nor sales in the period (the lead, a reviewer) are no one's figures
        return sales.stream().filter(s -> s.orders() > 0 || s.contacts() > 0).toList();
    }
}
