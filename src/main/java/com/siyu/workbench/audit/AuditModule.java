package com.siyu.workbench.audit;

import com.siyu.workbench.store.Database;
import java.time.Clock;

/** Builds the audit feature's services: team scopes, the dashboard, log reading and verification, exports. */
public final class AuditModule {
    private final TeamDashboardService dashboards;
    private final AuditLogService logs;
    private final ExportService exports;

    public AuditModule(Database db, Clock clock, ActivityLog activityLog) {
        TeamScopeResolver scopes = new TeamScopeResolver(new JdbcTeamRepository(db));
        this.dashboards = new TeamDashboardService(scopes, new JdbcDashboardRepository(db), clock);
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
