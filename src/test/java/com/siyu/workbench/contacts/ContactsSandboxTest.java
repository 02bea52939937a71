package com.siyu.workbench.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.sandbox.SandboxConfig;
import com.siyu.workbench.sandbox.SandboxServer;
import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.sync.OutboxKind;
import com.siyu.workbench.testing.TestWorkbench;
import com.siyu.workbench.wecom.WeComClient;
import com.siyu.workbench.wecom.WeComClientBuilder;
import com.siyu.workbench.wecom.WeComConfig;
import com.siyu.workbench.wecom.dto.ContactWithFollow;
import com.siyu.workbench.wecom.dto.CorpTag;
import com.siyu.workbench.wecom.dto.CorpTagGroup;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline edits' outbox items are the WeCom request bodies verbatim: a customer read from the real sandbox over
 * loopback, edited offline (tags, remark), then — standing in for the sync engine's pusher, not yet on main — each
 * pending item is posted as stored with {@code WeComApi.post(kind.path(), payload)}, and the sandbox shows the edit.
 */
class ContactsSandboxTest {
    private static final ObjectMapper JSON = Json.newMapper();

    @TempDir
    Path dir;
    SandboxServer sandbox;
    WeComClient client;
    Workbench workbench;

    @BeforeEach
    void open() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withSeed(5).withMembers(4).withContacts(40));
        client = new WeComClientBuilder(WeComConfig.of(sandbox.baseUrl(), sandbox.corpId(), sandbox.secret(), null))
                .build();
        workbench = TestWorkbench.open(dir);
    }

    @AfterEach
    void close() {
        workbench.close();
        sandbox.close();
    }

    /** Copies one member's customers and the corp tags into SQLite the way sync stores them. */
    private String copyFromWeCom() {
        String userid = client.getFollowUserList().get(0);
        new ContactsFixture(workbench.db()).guide(userid, "沙箱导购", 2);
        List<CorpTagGroup> groups = client.getCorpTagList(List.of(), List.of());
        List<ContactWithFollow> items;
        try (var stream = client.streamContactsByUser(List.of(userid))) {
            items = stream.toList();
        }
        workbench.db().write(c -> {
            for (CorpTagGroup g : groups) {
                Sql.update(c, "INSERT INTO tag_groups (group_id, name, sort_order) VALUES (?, ?, ?)", g.groupId(),
                        g.groupName(), g.order());
                for (CorpTag t : g.tag()) {
                    Sql.update(c, "INSERT INTO tags (tag_id, group_id, name, sort_order) VALUES (?, ?, ?, ?)", t.id(),
                            g.groupId(), t.name(), t.order());
                }
            }
            for (ContactWithFollow item : items) {
                var contact = item.externalContact();
                var follow = item.followInfo();
                Sql.update(c, "INSERT OR IGNORE INTO contacts (external_userid, name, type, unionid, updated_at)"
                        + " VALUES (?, ?, ?, ?, 0)", contact.externalUserid(), contact.name(), contact.type(),
                        contact.unionid());
                Sql.update(c, "INSERT INTO follows (external_userid, userid, remark, description, remark_mobiles,"
                        + " added_at, add_way, state, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                        contact.externalUserid(), follow.userid(), follow.remark(), follow.description(),
                        JSON.valueToTree(follow.remarkMobiles()).toString(), follow.createtime() * 1000,
                        follow.addWay(), follow.state());
                for (String tag : follow.tagId()) {
                    Sql.update(c, "INSERT INTO follow_tags (external_userid, userid, tag_id) VALUES (?, ?, ?)",
                            contact.externalUserid(), follow.userid(), tag);
                }
            }
        });
        return userid;
    }

    /** What the sync engine's pusher will do: post each pending item's payload as stored, then mark it sent. */
    private int pushOutbox() {
        List<String[]> pending = workbench.db().read(c -> Sql.query(c, "SELECT id, kind, payload_json FROM outbox"
                + " WHERE status = 'PENDING' ORDER BY id", rs -> new String[] {rs.getString(1), rs.getString(2),
                rs.getString(3)}));
        for (String[] item : pending) {
            try {
                client.post(OutboxKind.valueOf(item[1]).path(), JSON.readTree(item[2]));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            workbench.db().write(c -> Sql.update(c, "UPDATE outbox SET status = 'SENT' WHERE id = ?", item[0]));
        }
        return pending.size();
    }

    private Follow sandboxFollow(String userid, String externalUserid) {
        return sandbox.model().contacts().activeFollow(userid, externalUserid).orElseThrow();
    }

    @Test
    void anOfflineTagAndRemarkEditReachesTheSandboxWhenPushed() {
        String userid = copyFromWeCom();
        Actor guide = new Actor(userid, "沙箱导购", Set.of(Role.GUIDE));
        ContactsModule contacts = workbench.contacts();
        ContactRow first = contacts.service().search(guide, ContactFilter.ALL, ContactSort.ADDED_NEWEST, 0, 1).rows()
                .get(0);
        String customer = first.externalUserid();
        List<String> before = sandboxFollow(userid, customer).tagIds();
        String added = contacts.service().tagGroups().stream().flatMap(g -> g.tags().stream()).map(TagChip::tagId)
                .filter(t -> !before.contains(t)).findFirst().orElseThrow();
        List<String> desired = new java.util.ArrayList<>(before);
        desired.add(added);

        contacts.edits().setTags(guide, customer, desired);
        contacts.edits().editRemark(guide, customer, "沙箱·老客", "周末到店");
        FollowInfo pending = contacts.service().profile(guide, customer).editableFollow().orElseThrow();
        assertThat(pending.pending().addedTags()).containsExactly(added);
        assertThat(pending.pending().remark()).isTrue();
        assertThat(sandboxFollow(userid, customer).tagIds()).doesNotContain(added);

        assertThat(pushOutbox()).isEqualTo(2);

        Follow remote = sandboxFollow(userid, customer);
        assertThat(remote.tagIds()).contains(added).containsAll(before);
        assertThat(remote.remark()).isEqualTo("沙箱·老客");
        assertThat(remote.description()).isEqualTo("周末到店");
        assertThat(contacts.service().profile(guide, customer).editableFollow().orElseThrow().pending().any())
                .isFalse();
    }
}
