package com.siyu.workbench.content;

import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Approved demo content for a fresh database, so a first run has scripts, welcome messages and an invite template to
 * work with. Ids are stable ({@link #SCRIPT_NEW_CUSTOMER} …) so SOP rules can name them. Does nothing when the
 * library already has content.
 */
public final class DemoContent {
    public static final String SCRIPT_NEW_CUSTOMER = "script-new-customer";
    public static final String SCRIPT_INTENT_FOLLOW_UP = "script-intent-follow-up";
    public static final String SCRIPT_HIGH_TICKET = "script-high-ticket";
    public static final String SCRIPT_REPURCHASE = "script-repurchase";
    public static final String SCRIPT_WIN_BACK = "script-win-back";
    public static final String SCRIPT_EVENT_INVITE = "script-event-invite";
    public static final String WELCOME_DEFAULT = "welcome-default";
    public static final String WELCOME_PACKAGE_CARD = "welcome-package-card";
    public static final String INVITE_MEMBER_GROUP = "invite-member-group";
    /** The channel the per-channel welcome is for when the local copy knows no 包裹卡 channel yet. */
    public static final String PACKAGE_CARD_STATE = "package-card";
    static final String AUTHOR = "system";

    private final Database db;
    private final ContentRepository repo;
    private final ActivityLog log;
    private final ContentPublisher publisher;
    private final Clock clock;

    public DemoContent(Database db, ContentRepository repo, ActivityLog log, ContentPublisher publisher, Clock clock) {
        this.db = db;
        this.repo = repo;
        this.log = log;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Seeds the demo content in one transaction when the library is empty; returns whether it did. */
    public boolean seedIfEmpty() {
        return db.inTransaction(c -> {
            if (!repo.isEmpty()) {
                return false;
            }
            Instant now = clock.instant();
            List<Map.Entry<String, ContentBody>> all = new ArrayList<>(DemoTexts.scripts());
            all.add(Map.entry(WELCOME_DEFAULT, DemoTexts.defaultWelcome()));
            all.add(Map.entry(WELCOME_PACKAGE_CARD, DemoTexts.packageCardWelcome(packageCardState())));
            all.add(Map.entry(INVITE_MEMBER_GROUP, DemoTexts.memberGroupInvite(firstGroup().orElse(null))));
            for (Map.Entry<String, ContentBody> entry : all) {
                ContentBody body = entry.getValue();
                repo.insertItem(new ContentItem(entry.getKey(), body.type(), body.name(), AUTHOR, now, null, null));
                repo.insertVersion(new ContentVersion(entry.getKey(), 1, ContentStatus.APPROVED, body, AUTHOR, now,
                        now, AUTHOR, now, null));
                repo.setApproved(entry.getKey(), 1, body.name());
                log.append(ActivityEvent.of(AUTHOR, Actions.CONTENT_IMPORTED).withContent(entry.getKey(), 1)
                        .withDetails(Map.of("source", "demo")));
            }
            publisher.publish(INVITE_MEMBER_GROUP, AUTHOR);
            return true;
        });
    }

    private String packageCardState() {
        return db.read(c -> Sql.queryOne(c, "SELECT state FROM channels WHERE name LIKE '%包裹%' ORDER BY state LIMIT 1",
                rs -> rs.getString(1))).orElse(PACKAGE_CARD_STATE);
    }

    private Optional<String> firstGroup() {
        return db.read(c -> Sql.queryOne(c, "SELECT chat_id FROM customer_groups WHERE status = 0"
                + " ORDER BY create_time, chat_id LIMIT 1", rs -> rs.getString(1)));
    }
}
