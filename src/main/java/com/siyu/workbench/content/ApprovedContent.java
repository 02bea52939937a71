package com.siyu.workbench.content;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The read API other features use (the queue's task generation and task card, the welcome-message callback):
 * approved, live content only — never a draft, a rejected or a retired version. No actor: every role may read
 * approved content, and the queue reads it for the system at rollover.
 */
public final class ApprovedContent {
    private final Database db;
    private final ContentRepository repo;
    private final ScopeResolver scopes;

    public ApprovedContent(Database db, ContentRepository repo) {
        this.db = db;
        this.repo = repo;
        this.scopes = new ScopeResolver(db);
    }

    /** The approved version of script {@code id} with its steps, if the script is live. */
    public Optional<ApprovedScript> script(String id) {
        return live(id, ContentType.SCRIPT).map(v -> new ApprovedScript(v.contentId(), v.version(), v.body().name(),
                v.body().scene(), v.body().audience(), v.body().steps()));
    }

    /** Live items of a type for pickers: id, approved version, name, scene. */
    public List<ContentSummary> list(ContentType type) {
        return repo.summaries(true).stream().filter(s -> s.type() == type).toList();
    }

    /**
     * The welcome message for a contact added by a member: the channel is the follow's {@code state}; the most
     * specific approved scope wins (member &gt; department &gt; channel &gt; default).
     */
    public Optional<ApprovedMessage> welcomeFor(String externalUserid, String memberUserid) {
        return welcomeForChannel(memberUserid, followState(externalUserid, memberUserid).orElse(null));
    }

    /** The same, when only the member and the channel are known (the add_external_contact callback's State). */
    public Optional<ApprovedMessage> welcomeForChannel(String memberUserid, String state) {
        List<ScopeResolver.Candidate<ContentVersion>> candidates = candidates(ContentType.WELCOME);
        return scopes.pick(candidates, memberUserid, state).map(ApprovedContent::message);
    }

    public List<ApprovedInvite> invites() {
        return candidates(ContentType.INVITE).stream().map(c -> invite(c.value())).toList();
    }

    public Optional<ApprovedInvite> invite(String id) {
        return live(id, ContentType.INVITE).map(this::invite);
    }

    /** The invite template that applies to a contact of a member, by the same scope order as welcome messages. */
    public Optional<ApprovedInvite> inviteFor(String externalUserid, String memberUserid) {
        String state = followState(externalUserid, memberUserid).orElse(null);
        return scopes.pick(candidates(ContentType.INVITE), memberUserid, state).map(this::invite);
    }

    private Optional<ContentVersion> live(String id, ContentType type) {
        return repo.item(id).filter(i -> i.type() == type && i.isLive())
                .flatMap(i -> repo.version(id, i.approvedVersion()));
    }

    private List<ScopeResolver.Candidate<ContentVersion>> candidates(ContentType type) {
        List<ScopeResolver.Candidate<ContentVersion>> out = new ArrayList<>();
        for (ContentSummary s : list(type)) {
            repo.version(s.id(), s.shownVersion()).ifPresent(v -> out.add(new ScopeResolver.Candidate<>(
                    v.body().scope(), v.reviewedAt() == null ? 0 : v.reviewedAt().toEpochMilli(), v)));
        }
        return out;
    }

    private Optional<String> followState(String externalUserid, String memberUserid) {
        return db.read(c -> Sql.queryOne(c, "SELECT state FROM follows WHERE external_userid = ? AND userid = ?",
                rs -> rs.getString(1), externalUserid, memberUserid));
    }

    private static ApprovedMessage message(ContentVersion v) {
        ContentBody b = v.body();
        return new ApprovedMessage(v.contentId(), v.version(), b.name(), b.scope(), b.text(), b.attachments());
    }

    private ApprovedInvite invite(ContentVersion v) {
        ContentBody b = v.body();
        Optional<String> joinWay = b.targetChatId() == null ? Optional.empty()
                : ContentPublisher.currentJoinWayKey(db, v.contentId());
        Optional<String> configId = joinWay.flatMap(key -> OutboxResults.field(db, key, "config_id"));
        Optional<String> qr = Optional.ofNullable(b.joinQrCode())
                .or(() -> joinWay.flatMap(key -> OutboxResults.field(db, key, "qr_code")));
        return new ApprovedInvite(v.contentId(), v.version(), b.name(), b.scope(), b.text(), b.attachments(),
                b.targetChatId(), b.groupWelcomeText(), configId, qr);
    }
}
