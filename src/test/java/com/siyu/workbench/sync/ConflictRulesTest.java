package com.siyu.workbench.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.sandbox.model.Tag;
import com.siyu.workbench.store.Sql;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-field conflict rules of docs/decisions/sync-conflict-rules.md, one test each, against the sandbox.
 * A "pending" local change is an outbox item the pusher has not sent yet (here: one waiting out a back-off, so the
 * run's push leaves it alone and the pull meets it).
 */
class ConflictRulesTest {
    @TempDir
    Path dir;
    SyncFixture f;
    Follow follow;

    @BeforeEach
    void start() throws Exception {
        f = SyncFixture.start(dir, SyncFixture.sandbox(3, 150));
        f.full();
        follow = f.sandbox.model().contacts().allFollows().stream()
                .filter(x -> !x.lost() && !x.tagIds().isEmpty()).findFirst().orElseThrow();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void weComWinsForProfileFields() {
        f.db.write(c -> Sql.update(c, "UPDATE contacts SET name = '本地改的名字', unionid = 'local' WHERE external_userid = ?",
                follow.externalUserid()));

        f.full();

        String name = f.db.read(c -> Sql.queryOne(c, "SELECT name FROM contacts WHERE external_userid = ?",
                rs -> rs.getString(1), follow.externalUserid()).orElseThrow());
        assertThat(name).isEqualTo(f.sandbox.model().contacts().contact(follow.externalUserid()).orElseThrow().name());
    }

    @Test
    void aPendingLocalTagAddSurvivesAPull() {
        String extra = tagNotOn(follow);
        localTagChange(List.of(extra), List.of());

        f.full();

        assertThat(localTags()).contains(extra).containsAll(follow.tagIds());
    }

    @Test
    void aPendingLocalTagRemoveIsNotUndoneByAPull() {
        String removed = follow.tagIds().get(0);
        localTagChange(List.of(), List.of(removed));

        f.full();

        assertThat(localTags()).doesNotContain(removed);
    }

    @Test
    void tagsAreTheUnionOfRemoteChangesAndLocalPendingOnes() {
        String localAdd = tagNotOn(follow);
        localTagChange(List.of(localAdd), List.of());
        String remoteAdd = otherTag(follow, localAdd);
        f.sandbox.model().contacts().update(follow.userid(), follow.externalUserid(), x -> {
            List<String> tags = new java.util.ArrayList<>(x.tagIds());
            tags.add(remoteAdd);
            return x.withTags(tags);
        });

        f.full();

        assertThat(localTags()).contains(localAdd, remoteAdd);
    }

    @Test
    void aPendingRemarkWinsUntilSentThenWeComsValue() {
        localRemark("本地备注", "本地描述");

        f.full();
        assertThat(localRemark()).containsExactly("本地备注", "本地描述");

        f.db.write(c -> Sql.update(c, "UPDATE outbox SET next_attempt_at = 0"));
        SyncResult sent = f.full();
        assertThat(sent.outboxSent()).isEqualTo(1);
        assertThat(f.sandbox.model().contacts().activeFollow(follow.userid(), follow.externalUserid())
                .orElseThrow().remark()).isEqualTo("本地备注");

        f.sandbox.model().contacts().update(follow.userid(), follow.externalUserid(),
                x -> x.withRemarks("企业微信里改的", x.description(), x.remarkCorpName(), x.remarkMobiles()));
        f.full();
        assertThat(localRemark().get(0)).as("once sent, WeCom's later value wins").isEqualTo("企业微信里改的");
    }

    @Test
    void aParkedEditStillCountsAsUnsent() {
        localRemark("等人处理", "");
        f.db.write(c -> Sql.update(c, "UPDATE outbox SET status = 'PARKED', last_error = 'x'"));

        f.full();

        assertThat(localRemark().get(0)).isEqualTo("等人处理");
    }

    @Test
    void localNotesAreNeverTouchedEvenWhenTheContactIsRewrittenOrLost() {
        f.db.write(c -> {
            Sql.update(c, "INSERT INTO contact_notes (external_userid, userid, body, created_at) VALUES (?, ?, ?, 1)",
                    follow.externalUserid(), follow.userid(), "老客户，喜欢电话联系");
            Sql.update(c, "UPDATE contacts SET name = 'stale' WHERE external_userid = ?", follow.externalUserid());
        });
        f.sandbox.model().contacts().update(follow.userid(), follow.externalUserid(), x -> x.lostAt(1));

        f.full();

        long notes = f.db.read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM contact_notes WHERE body = ?",
                "老客户，喜欢电话联系"));
        assertThat(notes).isEqualTo(1);
        String status = f.db.read(c -> Sql.queryOne(c, "SELECT status FROM follows WHERE external_userid = ?"
                + " AND userid = ?", rs -> rs.getString(1), follow.externalUserid(), follow.userid()).orElseThrow());
        assertThat(status).isEqualTo("LOST");
    }

    private void localTagChange(List<String> add, List<String> remove) {
        f.db.write(c -> {
            for (String t : add) {
                Sql.update(c, "INSERT OR IGNORE INTO follow_tags VALUES (?, ?, ?)", follow.externalUserid(),
                        follow.userid(), t);
            }
            for (String t : remove) {
                Sql.update(c, "DELETE FROM follow_tags WHERE external_userid = ? AND userid = ? AND tag_id = ?",
                        follow.externalUserid(), follow.userid(), t);
            }
            String body = "{\"userid\":\"" + follow.userid() + "\",\"external_userid\":\"" + follow.externalUserid()
                    + "\",\"add_tag\":" + json(add) + ",\"remove_tag\":" + json(remove) + "}";
            Sql.update(c, "INSERT INTO outbox (idempotency_key, kind, ordering_key, payload_json, created_by,"
                    + " created_at, next_attempt_at) VALUES (?, 'MARK_TAG', ?, ?, ?, 0, ?)", "tag:" + body.hashCode(),
                    follow.externalUserid(), body, follow.userid(), Long.MAX_VALUE);
        });
    }

    private void localRemark(String remark, String description) {
        f.db.write(c -> {
            Sql.update(c, "UPDATE follows SET remark = ?, description = ? WHERE external_userid = ? AND userid = ?",
                    remark, description, follow.externalUserid(), follow.userid());
            String body = "{\"userid\":\"" + follow.userid() + "\",\"external_userid\":\"" + follow.externalUserid()
                    + "\",\"remark\":\"" + remark + "\",\"description\":\"" + description + "\"}";
            Sql.update(c, "INSERT INTO outbox (idempotency_key, kind, ordering_key, payload_json, created_by,"
                    + " created_at, next_attempt_at) VALUES ('remark:1', 'REMARK', ?, ?, ?, 0, ?)",
                    follow.externalUserid(), body, follow.userid(), Long.MAX_VALUE);
        });
    }

    private Set<String> localTags() {
        return f.db.read(c -> {
            Set<String> tags = new TreeSet<>();
            Sql.query(c, "SELECT tag_id FROM follow_tags WHERE external_userid = ? AND userid = ?",
                    rs -> tags.add(rs.getString(1)), follow.externalUserid(), follow.userid());
            return tags;
        });
    }

    private List<String> localRemark() {
        return f.db.read(c -> Sql.queryOne(c, "SELECT remark, description FROM follows WHERE external_userid = ?"
                + " AND userid = ?", rs -> List.of(rs.getString(1), rs.getString(2)), follow.externalUserid(),
                follow.userid()).orElseThrow());
    }

    private String tagNotOn(Follow x) {
        return otherTag(x, null);
    }

    private String otherTag(Follow x, String alsoNot) {
        return f.sandbox.model().tags().liveGroups().stream().flatMap(g -> g.liveTags().stream()).map(Tag::id)
                .filter(id -> !x.tagIds().contains(id) && !id.equals(alsoNot)).findFirst().orElseThrow();
    }

    private static String json(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
