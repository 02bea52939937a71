package com.siyu.workbench.queue.today;

import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.queue.QueueModule;
import com.siyu.workbench.ui.ControllerFactory;
import com.siyu.workbench.ui.DialogService;
import com.siyu.workbench.ui.Screen;
import com.siyu.workbench.ui.Session;
import com.siyu.workbench.ui.ViewLoader;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.Duration;

/**
 * The guide's first screen (今日任务). On show it opens today — generating it, so a day's rollover or a new member
 * is picked up — and follows member switches while shown.
 */
public final class TodayScreen implements Screen {
    private final TodayViewModel model;
    private final TodayView view;
    private final Session session;
    private final ChangeListener<Actor> memberListener;
    private final ChangeListener<Number> syncListener;
    /** Past midnight the screen moves to the new day by itself (offline too: no sync needed to notice). */
    private final Timeline rolloverCheck;

    public TodayScreen(QueueModule queue, Session session, TaskExecutor executor, DialogService dialogs,
                       Messages messages) {
        this(queue, session, executor, dialogs, messages, TodayScreen::toSystemClipboard);
    }

    public TodayScreen(QueueModule queue, Session session, TaskExecutor executor, DialogService dialogs,
                       Messages messages, Consumer<String> clipboard) {
        this.session = session;
        this.model = new TodayViewModel(queue, session::actor, executor, dialogs, messages, clipboard);
        ControllerFactory controllers = new ControllerFactory().register(TodayView.class, () -> new TodayView(model));
        this.view = new ViewLoader(controllers, () -> messages).load(TodayView.class).controller();
        this.memberListener = (obs, old, now) -> model.load();
        this.syncListener = (obs, old, now) -> model.load();
        this.rolloverCheck = new Timeline(new KeyFrame(Duration.minutes(1), e -> model.refreshIfStale()));
        rolloverCheck.setCycleCount(Animation.INDEFINITE);
    }

    private static void toSystemClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public Node root() {
        return view.root();
    }

    @Override
    public void activate() {
        session.actorProperty().addListener(memberListener);
        session.localCopyRevisionProperty().addListener(syncListener);
        model.refreshIfStale();
        rolloverCheck.play();
        Platform.runLater(view::focusList);
    }

    @Override
    public void deactivate() {
        session.actorProperty().removeListener(memberListener);
        session.localCopyRevisionProperty().removeListener(syncListener);
        rolloverCheck.stop();
        model.cancelReads();
    }

    public TodayViewModel model() {
        return model;
    }
}
