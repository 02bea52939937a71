package com.siyu.workbench.audit;

import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.ui.ControllerFactory;
import com.siyu.workbench.ui.DialogService;
import com.siyu.workbench.ui.Screen;
import com.siyu.workbench.ui.Session;
import com.siyu.workbench.ui.ViewLoader;
import java.time.Clock;
import javafx.scene.Node;

/** 团队 (NavEntry.TEAM): the lead's dashboard, drill-down into the log, and exports. */
public final class TeamScreen implements Screen {
    private final TeamView view;

    public TeamScreen(AuditModule audit, Session session, TaskExecutor executor, DialogService dialogs,
                      Messages messages, Clock clock) {
        TableExporter exporter = new TableExporter(audit.exports(), session::actor, executor, dialogs, messages);
        TeamViewModel model = new TeamViewModel(audit.dashboards(), exporter, session, executor, messages, clock);
        LogDrillViewModel drill = new LogDrillViewModel(audit.logs(), exporter, session, executor, messages,
                clock.getZone());
        ControllerFactory controllers = new ControllerFactory()
                .register(TeamView.class, () -> new TeamView(model, drill, messages));
        this.view = new ViewLoader(controllers, () -> messages).load(TeamView.class).controller();
    }

    @Override
    public Node root() {
        return view.root();
    }

    @Override
    public void activate() {
        view.activate();
    }

    @Override
    public void deactivate() {
        view.deactivate();
    }
}
