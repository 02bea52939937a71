package com.siyu.workbench.content;

import com.siyu.workbench.content.library.ContentLibraryView;
import com.siyu.workbench.content.library.ContentLibraryViewModel;
import com.siyu.workbench.content.review.ReviewView;
import com.siyu.workbench.content.review.ReviewViewModel;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Member;
import com.siyu.workbench.members.MemberRepository;
import com.siyu.workbench.ui.ControllerFactory;
import com.siyu.workbench.ui.DialogService;
import com.siyu.workbench.ui.Screen;
import com.siyu.workbench.ui.Session;
import com.siyu.workbench.ui.ViewLoader;
import java.util.function.Function;

/** Builds the content feature's two screens, 内容库 and 审核, for the shell's screen registry. */
public final class ContentScreens {
    private final ContentModule content;
    private final Session session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Function<String, String> memberName;
    private final ControllerFactory controllers;
    private final ViewLoader loader;

    public ContentScreens(ContentModule content, MemberRepository members, Session session, TaskExecutor executor,
                          DialogService dialogs, Messages messages, ControllerFactory controllers, ViewLoader loader) {
        this.content = content;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        java.util.Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        // Names are looked up once per person and kept: list cells ask for them on every layout.
        this.memberName = userid -> userid == null ? "" : "system".equals(userid) ? messages.get("content.systemAuthor")
                : names.computeIfAbsent(userid, id -> members.find(id).map(Member::name).orElse(id));
        this.controllers = controllers;
        this.loader = loader;
    }

    public Screen library() {
        ContentLibraryViewModel model = new ContentLibraryViewModel(content, session, executor, dialogs, messages,
                memberName);
        controllers.register(ContentLibraryView.class, () -> new ContentLibraryView(model, messages));
        return loader.load(ContentLibraryView.class).controller();
    }

    public Screen review() {
        ReviewViewModel model = new ReviewViewModel(content, session, executor, dialogs, messages, memberName);
        controllers.register(ReviewView.class, () -> new ReviewView(model, messages));
        return loader.load(ReviewView.class).controller();
    }
}
