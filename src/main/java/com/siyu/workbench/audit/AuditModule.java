package com.siyu.workbench.audit;

import com.siyu.workbench.store.Database;
import java.time.Clock;

/** Builds the audit feature's services: team scopes, the dashboard, log reading and verification, exports. */
public final class AuditModule {
    private final TeamDashboardService dashboards;
    private final AuditLogService logs;
    private final ExportService exports;

    /** @param sales the contacts feature's 业绩归因 figures, for the dashboard's sales section */
    public AuditModule(Database db, Clock clock, ActivityLog activityLog, SalesAttribution sales) {
        TeamScopeResolver scopes = new TeamScopeResolver(new JdbcTeamRepository(db));
        this.dashboards = new TeamDashboardService(scopes, new JdbcDashboardRepository(db), sales, clock);
        this.logs = new AuditLogService(db, scopes, clock.getZone());
        this.exports = new ExportService(activityLog);
    }

    public TeamDashboardService dashboards() {
        return dashboards;
    }

    public AuditLogService logs() {
        return logs;
    }

    public ExportService exports() {
        return exports;
    }
}
