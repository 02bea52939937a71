package com.siyu.workbench.queue.rules;

import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.queue.QueueModule;
import com.siyu.workbench.ui.ControllerFactory;
import com.siyu.workbench.ui.DialogService;
import com.siyu.workbench.ui.Screen;
import com.siyu.workbench.ui.Session;
import com.siyu.workbench.ui.ViewLoader;
import javafx.scene.Node;

/** The SOP rule editor (SOP 规则): loads the rules on show; admins and leads edit, everyone else reads. */
public final class RulesScreen implements Screen {
    private final RulesViewModel model;
    private final RulesView view;

    public RulesScreen(QueueModule queue, Session session, TaskExecutor executor, DialogService dialogs,
                       Messages messages) {
        this.model = new RulesViewModel(queue, queue.ruleChoices(), session::actor, executor, dialogs, messages);
        ControllerFactory controllers = new ControllerFactory().register(RulesView.class, () -> new RulesView(model));
        this.view = new ViewLoader(controllers, () -> messages).load(RulesView.class).controller();
    }

    @Override
    public Node root() {
        return view.root();
    }

    @Override
    public void activate() {
        model.load();
    }

    @Override
    public void deactivate() {
        model.cancelReads();
    }

    public RulesViewModel model() {
        return model;
    }
}
