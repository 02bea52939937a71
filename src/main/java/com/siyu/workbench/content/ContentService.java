package com.siyu.workbench.content;

import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.content.lint.ContentLinter;
import com.siyu.workbench.content.lint.Finding;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Writing and reviewing content: draft → submitted → approved | rejected, a new draft version after that, retire.
 * Every method acting for a person checks their permissions here (the UI only hides buttons), runs in one
 * transaction with its activity-log entry, and — on approval — with the outbox items that push the approved text to
 * WeCom. Lint errors and a scope naming nothing in the local copy block submission and approval.
 */
public final class ContentService {
    private final Database db;
    private final ContentRepository repo;
    private final ActivityLog log;
    private final Supplier<ContentLinter> linter;
    private final ContentPublisher publisher;
    private final ScopeTargets scopes;
    private final Clock clock;

    public ContentService(Database db, ContentRepository repo, ActivityLog log, Supplier<ContentLinter> linter,
                          ContentPublisher publisher, ScopeTargets scopes, Clock clock) {
        this.db = db;
        this.repo = repo;
        this.log = log;
        this.linter = linter;
        this.publisher = publisher;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** Starts a new item with version 1 as a draft; the id is generated ({@code script-3fa2c1d0}). */
    public ContentVersion create(Actor actor, ContentBody body) {
        String id = body.type().idPrefix() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return create(actor, id, body, ContentStatus.DRAFT);
    }

    /** Starts a new item under a chosen stable id (imports, demo content) as a draft or straight into review. */
    public ContentVersion create(Actor actor, String id, ContentBody body, ContentStatus status) {
        ContentAccess.requireProposeOrEdit(actor);
        if (status != ContentStatus.DRAFT && status != ContentStatus.SUBMITTED) {
            throw new IllegalArgumentException("new content starts as DRAFT or SUBMITTED, not " + status);
        }
        return db.inTransaction(c -> {
            if (repo.item(id).isPresent()) {
                throw new ContentStateException("content.error.exists", id);
            }
            Instant now = clock.instant();
            repo.insertItem(new ContentItem(id, body.type(), body.name(), actor.userid(), now, null, null));
            ContentVersion v = new ContentVersion(id, 1, ContentStatus.DRAFT, body, actor.userid(), now, null, null,
                    null, null);
            repo.insertVersion(v);
            log.append(event(actor, Actions.CONTENT_CREATED, v, Map.of("type", body.type().name())));
            return status == ContentStatus.SUBMITTED ? doSubmit(actor, v) : v;
        });
    }

    /**
     * Saves an edit. The latest version is changed in place while it is a draft; after approval or rejection the
     * edit becomes a new draft version (a guide's "propose a change"). Nothing can change while under review.
     */
    public ContentVersion saveDraft(Actor actor, String id, ContentBody body) {
        return db.inTransaction(c -> {
            ContentItem item = requireItem(id);
            if (item.type() != body.type()) {
                throw new IllegalArgumentException("content " + id + " is a " + item.type() + ", not " + body.type());
            }
            ContentVersion latest = repo.latest(id).orElseThrow();
            if (latest.status() == ContentStatus.SUBMITTED) {
                throw new ContentStateException("content.error.underReview", latest.version());
            }
            if (latest.status() == ContentStatus.DRAFT) {
                ContentAccess.requireCanChangeDraft(actor, latest);
                repo.updateBody(id, latest.version(), body);
                ContentVersion edited = repo.version(id, latest.version()).orElseThrow();
                // recorded for the audit trail and for four eyes: whoever edited a version never approves it
                log.append(event(actor, Actions.CONTENT_EDITED, edited, Map.of()));
                return edited;
            }
            ContentAccess.requireProposeOrEdit(actor);
            if (!ContentAccess.seesAll(actor) && !item.isLive()) {
                throw new ContentStateException("content.error.notFound", id);
            }
            ContentVersion next = new ContentVersion(id, latest.version() + 1, ContentStatus.DRAFT, body,
                    actor.userid(), clock.instant(), null, null, null, null);
            repo.insertVersion(next);
            log.append(event(actor, Actions.CONTENT_CREATED, next, Map.of("basedOn", latest.version())));
            return next;
        });
    }

    /** Sends the latest draft to review. Lint errors block it ({@link ContentLintException}). */
    public ContentVersion submit(Actor actor, String id) {
        return db.inTransaction(c -> {
            requireItem(id);
            ContentVersion latest = repo.latest(id).orElseThrow();
            if (latest.status() != ContentStatus.DRAFT) {
                throw new ContentStateException("content.error.notDraft", latest.version());
            }
            ContentAccess.requireCanChangeDraft(actor, latest);
            return doSubmit(actor, latest);
        });
    }

    private ContentVersion doSubmit(Actor actor, ContentVersion draft) {
        requireNoLintErrors(draft.body());
        requireUsableScope(draft.body());
        ContentVersion submitted = new ContentVersion(draft.contentId(), draft.version(), ContentStatus.SUBMITTED,
                draft.body(), draft.author(), draft.createdAt(), clock.instant(), null, null, null);
        repo.updateReview(submitted);
        log.append(event(actor, Actions.CONTENT_SUBMITTED, submitted, Map.of()));
        return submitted;
    }

    /**
     * Approves a submitted version: guides see it from now on, and WeCom-side templates are queued for push. Four
     * eyes: whoever wrote or submitted a version can never approve it, whatever their roles.
     */
    public ContentVersion approve(Actor actor, String id, int version) {
        AccessPolicy.require(actor, Permission.REVIEW_CONTENT);
        return db.inTransaction(c -> {
            ContentVersion v = requireSubmitted(id, version);
            if (isOwnSubmission(c, actor, v)) {
                throw new ContentStateException("content.error.ownSubmission", version);
            }
            requireNoLintErrors(v.body());
            requireUsableScope(v.body());
            Integer replaced = requireItem(id).approvedVersion();
            ContentVersion approved = reviewed(v, ContentStatus.APPROVED, actor, null);
            repo.updateReview(approved);
            repo.setApproved(id, version, v.body().name());
            log.append(event(actor, Actions.CONTENT_APPROVED, approved,
                    replaced == null ? Map.of() : Map.of("replaces", replaced)));
            publisher.publish(id, actor.userid());
            return approved;
        });
    }

    /**
     * Whether {@code actor} wrote, edited or submitted this version: four eyes, someone else must approve it. The
     * review screen asks before offering 通过; {@link #approve} enforces it.
     */
    public boolean isOwnWork(Actor actor, String id, int version) {
        return db.inTransaction(c -> repo.version(id, version).map(v -> {
            try {
                return isOwnSubmission(c, actor, v);
            } catch (SQLException e) {
                throw new com.siyu.workbench.store.StoreException("four-eyes check failed", e);
            }
        }).orElse(false));
    }

    /**
     * The author, or whoever edited or submitted it (an editor may change or submit someone else's draft: the log
     * knows who).
     */
    private static boolean isOwnSubmission(Connection c, Actor actor, ContentVersion v) throws SQLException {
        return v.author().equals(actor.userid()) || Sql.queryLong(c, "SELECT COUNT(*) FROM activity_log"
                + " WHERE content_id = ? AND content_version = ? AND action IN (?, ?) AND member_userid = ?",
                v.contentId(), v.version(), Actions.CONTENT_SUBMITTED, Actions.CONTENT_EDITED, actor.userid()) > 0;
    }

    /** Rejects a submitted version; the reason is required and is what the author sees. */
    public ContentVersion reject(Actor actor, String id, int version, String reason) {
        AccessPolicy.require(actor, Permission.REVIEW_CONTENT);
        if (reason == null || reason.isBlank()) {
            throw new ContentStateException("content.error.reasonRequired");
        }
        return db.inTransaction(c -> {
            ContentVersion rejected = reviewed(requireSubmitted(id, version), ContentStatus.REJECTED, actor,
                    reason.strip());
            repo.updateReview(rejected);
            log.append(event(actor, Actions.CONTENT_REJECTED, rejected, Map.of("reason", reason.strip())));
            return rejected;
        });
    }

    /** Takes approved content out of guides' pickers and queues (and its templates out of WeCom); history stays. */
    public void retire(Actor actor, String id) {
        AccessPolicy.require(actor, Permission.REVIEW_CONTENT);
        db.write(c -> {
            ContentItem item = requireItem(id);
            if (!item.isLive()) {
                throw new ContentStateException("content.error.notApproved");
            }
            ContentVersion current = repo.version(id, item.approvedVersion()).orElseThrow();
            Instant now = clock.instant();
            repo.setRetired(id, now);
            repo.updateReview(current.withStatus(ContentStatus.RETIRED));
            log.append(event(actor, Actions.CONTENT_RETIRED, current, Map.of()));
            publisher.publish(id, actor.userid());
        });
    }

    /** The findings of a body with the current word lists (what submission and approval check). */
    public List<Finding> lint(ContentBody body) {
        return linter.get().lint(body);
    }

    private void requireNoLintErrors(ContentBody body) {
        List<Finding> findings = lint(body);
        if (ContentLinter.hasErrors(findings)) {
            throw new ContentLintException(findings);
        }
    }

    /** A scope must name a channel, member or department of the local copy (what the editor's picker offers). */
    private void requireUsableScope(ContentBody body) {
        scopes.problem(body.scope()).ifPresent(key -> {
            throw new ContentStateException(key, body.scope().value() == null ? "" : body.scope().value());
        });
    }

    private ContentItem requireItem(String id) {
        return repo.item(id).orElseThrow(() -> new ContentStateException("content.error.notFound", id));
    }

    private ContentVersion requireSubmitted(String id, int version) {
        ContentVersion v = repo.version(id, version)
                .orElseThrow(() -> new ContentStateException("content.error.notFound", id));
        if (v.status() != ContentStatus.SUBMITTED) {
            throw new ContentStateException("content.error.notSubmitted", version,
                    v.status().name().toLowerCase(Locale.ROOT));
        }
        return v;
    }

    private ContentVersion reviewed(ContentVersion v, ContentStatus status, Actor reviewer, String reason) {
        return new ContentVersion(v.contentId(), v.version(), status, v.body(), v.author(), v.createdAt(),
                v.submittedAt(), reviewer.userid(), clock.instant(), reason);
    }

    private static ActivityEvent event(Actor actor, String action, ContentVersion v, Map<String, Object> details) {
        return ActivityEvent.of(actor.userid(), action).withContent(v.contentId(), v.version()).withDetails(details);
    }
}
