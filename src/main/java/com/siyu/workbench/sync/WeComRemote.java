package com.siyu.workbench.sync;

import com.siyu.workbench.members.MemberRepository;
import com.siyu.workbench.members.RoleRepository;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.wecom.WeComApi;
import com.siyu.workbench.wecom.WeComErrorKind;
import com.siyu.workbench.wecom.WeComException;
import com.siyu.workbench.wecom.WeComUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/** WeCom as a {@link SyncRemote}: the pull steps over {@link WeComApi} and the outbox pusher. */
public final class WeComRemote implements SyncRemote {
    private final List<PullStep> steps;
    private final WeComPushTarget push;
    private final SyncTexts texts = new SyncTexts();

    /**
     * @param prefetch      fetches the next page while the current one is written; null = no read-ahead
     * @param followRefresh how old a member's relations may get before an incremental run re-reads them
     */
    public WeComRemote(WeComApi api, Database db, Clock clock, MemberRepository members, RoleRepository roles,
                       Executor prefetch, Duration followRefresh) {
        SyncScope scope = new SyncScope(members, roles);
        SyncCursors cursors = new SyncCursors(db);
        ContactPlanner planner = new ContactPlanner(api, db, cursors, followRefresh, prefetch);
        Duration slow = Duration.ofHours(1);
        this.steps = List.of(
                new OrgStep(api, members, roles),
                new TagStep(api),
                new ContactsStep(api, db, scope, planner, prefetch),
                new MessageTasksStep(api, db),
                new GroupsStep(api, scope, slow, prefetch),
                new ChannelsStep(api, slow, prefetch),
                new JoinWayQrStep(api, db),
                new BehaviorStep(api, scope, clock.getZone(), Duration.ofHours(6), prefetch));
        this.push = new WeComPushTarget(api, db, clock, texts);
    }

    @Override
    public String name() {
        return "wecom";
    }

    @Override
    public List<PullStep> pullSteps() {
        return steps;
    }

    @Override
    public PushTarget pushTarget() {
        return push;
    }

    @Override
    public RemoteFailure classify(RuntimeException failure) {
        if (failure instanceof WeComUnavailableException e) {
            return new RemoteFailure(RemoteFailure.Kind.OFFLINE, texts.get(e.messageKey(), e.messageArgs()));
        }
        if (failure instanceof WeComException e) {
            boolean transientKind = e.kind() == WeComErrorKind.RATE_LIMIT || e.kind() == WeComErrorKind.RETRY_LATER
                    || e.kind() == WeComErrorKind.TOKEN;
            return new RemoteFailure(transientKind ? RemoteFailure.Kind.TRANSIENT : RemoteFailure.Kind.PERMANENT,
                    texts.get(e.messageKey(), e.messageArgs()));
        }
        return new RemoteFailure(RemoteFailure.Kind.PERMANENT,
                texts.get("sync.run.unexpected", failure.getClass().getSimpleName()));
    }
}
