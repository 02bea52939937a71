package com.siyu.workbench.sync;

import java.util.List;

/**
 * A place the workbench keeps its local copy in step with: WeCom today ({@link WeComRemote}); a shared team
 * database (content, rules, roles, activity log between desktops) next. The {@link SyncEngine} knows nothing about
 * either: it runs a remote's {@link PullStep}s with resumable cursors, flushes the outbox items the remote's
 * {@link PushTarget} accepts, and asks the remote what a failure means. See docs/decisions/sync-remote-seam.md.
 */
public interface SyncRemote {
    /** Short stable name ({@code wecom}); prefixes the remote's cursor names in {@code sync_cursors}. */
    String name();

    /** The pull steps of one run, in the order they must run (later steps may read what earlier ones wrote). */
    List<PullStep> pullSteps();

    /** Sends this remote's outbox items. */
    PushTarget pushTarget();

    /** What a failure of this remote means for the run: offline, worth retrying, or a problem a person must fix. */
    RemoteFailure classify(RuntimeException failure);
}
