package com.siyu.workbench.content;

import static com.siyu.workbench.content.ContentFixture.EDITOR_ACTOR;
import static com.siyu.workbench.content.ContentFixture.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.sandbox.SandboxConfig;
import com.siyu.workbench.sandbox.SandboxServer;
import com.siyu.workbench.sandbox.model.JoinWay;
import com.siyu.workbench.sandbox.model.WelcomeTemplate;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.sync.SyncEngine;
import com.siyu.workbench.sync.SyncListener;
import com.siyu.workbench.sync.SyncRequest;
import com.siyu.workbench.sync.SyncResult;
import com.siyu.workbench.sync.WeComRemote;
import com.siyu.workbench.wecom.RateLimits;
import com.siyu.workbench.wecom.RetryPolicy;
import com.siyu.workbench.wecom.WeComClient;
import com.siyu.workbench.wecom.WeComClientBuilder;
import com.siyu.workbench.wecom.WeComConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real path from the review desk to WeCom: the sandbox on a loopback port, the real client and the sync engine's
 * outbox push. An invite template's join way and group welcome template are created on approval, changed by the next
 * approved version, deleted on retirement — each effect reaching WeCom exactly once.
 */
class ContentSandboxPushTest {
    @TempDir
    Path dir;
    Workbench wb;
    SandboxServer sandbox;
    WeComClient client;
    SyncEngine engine;
    WeComRemote remote;
    ContentService service;
    List<String> chats;

    @BeforeEach
    void start() throws Exception {
        wb = ContentFixture.open(dir);
        sandbox = SandboxServer.start(SandboxConfig.defaults().withMembers(3).withContacts(60).withSeed(7)
                .withPort(0));
        client = new WeComClientBuilder(WeComConfig.of(sandbox.baseUrl(), sandbox.corpId(), sandbox.secret(),
                1000002L).withRetry(new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(5),
                Duration.ofMillis(5))).withRateLimits(RateLimits.unlimited()))
                .timing(System::nanoTime, duration -> { }).build();
        engine = new SyncEngine(wb.db(), wb.clock(), wb.activityLog(), duration -> { });
        remote = new WeComRemote(client, wb.db(), wb.clock(), wb.members(), wb.roles(), null, Duration.ZERO);
        assertThat(engine.run(remote, SyncRequest.full(null), SyncListener.NONE, () -> false).ok()).isTrue();
        chats = wb.db().read(c -> Sql.query(c, "SELECT chat_id FROM customer_groups WHERE status = 0"
                + " ORDER BY chat_id LIMIT 2", rs -> rs.getString(1)));
        assertThat(chats).hasSize(2);
        service = wb.content().service();
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
        wb.close();
    }

    @Test
    void approveChangeAndRetireReachWeComExactlyOnce() {
        String id = service.create(EDITOR_ACTOR, invite("会员群邀请", chats.get(0), "欢迎{客户昵称}进群")).contentId();
        service.submit(EDITOR_ACTOR, id);
        service.approve(REVIEWER, id, 1);
        push();

        JoinWay way = single(sandbox.model().ways().joinWays());
        assertThat(way.chatIdList()).containsExactly(chats.get(0));
        assertThat(way.remark()).isEqualTo("会员群邀请");
        assertThat(way.state()).isEqualTo("inv-" + id);
        WelcomeTemplate template = single(sandbox.model().ways().welcomeTemplates());
        assertThat(template.contentJson()).contains("欢迎%NICKNAME%进群");
        ApprovedInvite live = wb.content().approved().invite(id).orElseThrow();
        assertThat(live.joinWayConfigId()).contains(way.configId());
        assertThat(live.joinQrCode()).as("read with get_join_way after the add").contains(way.qrCode());

        service.saveDraft(EDITOR_ACTOR, id, invite("会员福利群邀请", chats.get(1), "欢迎{客户昵称}，周三有福利"));
        service.submit(EDITOR_ACTOR, id);
        service.approve(REVIEWER, id, 2);
        assertThat(kinds()).as("queued with the approval, in its transaction").endsWith("JOIN_WAY_UPDATE",
                "GROUP_WELCOME_EDIT");
        push();
        wb.content().publisher().publishAll();
        push();

        JoinWay updated = single(sandbox.model().ways().joinWays());
        assertThat(updated.configId()).isEqualTo(way.configId());
        assertThat(updated.chatIdList()).containsExactly(chats.get(1));
        assertThat(updated.remark()).isEqualTo("会员福利群邀请");
        assertThat(updated.state()).as("update_join_way overwrites: the state goes along").isEqualTo("inv-" + id);
        WelcomeTemplate edited = single(sandbox.model().ways().welcomeTemplates());
        assertThat(edited.templateId()).isEqualTo(template.templateId());
        assertThat(edited.contentJson()).contains("欢迎%NICKNAME%，周三有福利");

        service.retire(REVIEWER, id);
        assertThat(kinds()).endsWith("JOIN_WAY_DEL", "GROUP_WELCOME_DEL");
        push();
        wb.content().publisher().publishAll();
        push();
        assertThat(sandbox.model().ways().joinWays()).isEmpty();
        assertThat(sandbox.model().ways().welcomeTemplates()).isEmpty();
        assertThat(kinds()).containsExactly("JOIN_WAY_ADD", "GROUP_WELCOME_ADD", "JOIN_WAY_UPDATE",
                "GROUP_WELCOME_EDIT", "JOIN_WAY_DEL", "GROUP_WELCOME_DEL");
        assertThat(statuses()).containsOnly("SENT");

        service.saveDraft(EDITOR_ACTOR, id, invite("会员群邀请", chats.get(0), "欢迎{客户昵称}回来"));
        service.submit(EDITOR_ACTOR, id);
        service.approve(REVIEWER, id, 3);
        push();
        JoinWay again = single(sandbox.model().ways().joinWays());
        assertThat(again.configId()).as("a new WeCom object after the delete").isNotEqualTo(way.configId());
        assertThat(single(sandbox.model().ways().welcomeTemplates()).contentJson()).contains("欢迎%NICKNAME%回来");
        assertThat(wb.content().approved().invite(id).orElseThrow().joinWayConfigId()).contains(again.configId());
        assertThat(statuses()).containsOnly("SENT");
    }

    @Test
    void aQrCodeThatCouldNotBeReadAfterTheAddIsFetchedByTheNextSync() {
        String id = service.create(EDITOR_ACTOR, invite("会员群邀请", chats.get(0), "欢迎{客户昵称}进群")).contentId();
        service.submit(EDITOR_ACTOR, id);
        service.approve(REVIEWER, id, 1);
        push();
        JoinWay way = single(sandbox.model().ways().joinWays());
        // what the pusher leaves when add_join_way succeeded but the get_join_way right after it failed
        wb.db().write(c -> Sql.update(c, "UPDATE outbox SET result_json = json_remove(result_json, '$.qr_code')"
                + " WHERE kind = 'JOIN_WAY_ADD'"));
        assertThat(wb.content().approved().invite(id).orElseThrow().joinQrCode()).isEmpty();

        SyncEngine periodic = new SyncEngine(wb.db(), java.time.Clock.offset(wb.clock(), Duration.ofMinutes(15)),
                wb.activityLog(), duration -> { });
        assertThat(periodic.run(remote, SyncRequest.incremental(null), SyncListener.NONE, () -> false).ok()).isTrue();

        ApprovedInvite live = wb.content().approved().invite(id).orElseThrow();
        assertThat(live.joinQrCode()).contains(way.qrCode());
        assertThat(live.joinWayConfigId()).contains(way.configId());
        assertThat(sandbox.model().ways().joinWays()).as("asked again, never added again").hasSize(1);
    }

    @Test
    void aDeleteThatLandedBeforeTheAppDiedIsDoneNotParkedWhenSentAgain() {
        String id = service.create(EDITOR_ACTOR, invite("快闪群", chats.get(0), "欢迎{客户昵称}")).contentId();
        service.submit(EDITOR_ACTOR, id);
        service.approve(REVIEWER, id, 1);
        push();
        service.retire(REVIEWER, id);
        // both deletes reached WeCom, then the app died before it recorded the answers
        sandbox.model().ways().removeJoinWay(single(sandbox.model().ways().joinWays()).configId());
        sandbox.model().ways().removeWelcomeTemplate(single(sandbox.model().ways().welcomeTemplates()).templateId());
        wb.db().write(c -> Sql.update(c, "UPDATE outbox SET status = 'IN_FLIGHT', attempts = 1, attempted_at = ?"
                + " WHERE kind IN ('JOIN_WAY_DEL', 'GROUP_WELCOME_DEL')", wb.clock().millis()));

        push();

        assertThat(statuses()).containsOnly("SENT");
        assertThat(wb.content().approved().invite(id)).isEmpty();
    }

    @Test
    void retiringBeforeTheAddWentOutDeletesOnceItHas() {
        String id = service.create(EDITOR_ACTOR, invite("快闪群", chats.get(0), "欢迎{客户昵称}")).contentId();
        service.submit(EDITOR_ACTOR, id);
        service.approve(REVIEWER, id, 1);
        service.retire(REVIEWER, id);
        assertThat(kinds()).as("no id from WeCom yet: nothing to delete").containsExactly("JOIN_WAY_ADD",
                "GROUP_WELCOME_ADD");

        push();
        assertThat(sandbox.model().ways().joinWays()).hasSize(1);
        wb.content().publisher().publishAll();
        wb.content().publisher().publishAll();
        push();

        assertThat(sandbox.model().ways().joinWays()).isEmpty();
        assertThat(sandbox.model().ways().welcomeTemplates()).isEmpty();
        assertThat(kinds()).containsExactly("JOIN_WAY_ADD", "GROUP_WELCOME_ADD", "JOIN_WAY_DEL", "GROUP_WELCOME_DEL");
        assertThat(statuses()).containsOnly("SENT");
    }

    @Test
    void aNewVersionWithoutGroupWelcomeTextDeletesTheTemplateAndKeepsTheJoinWay() {
        String id = service.create(EDITOR_ACTOR, invite("门店群", chats.get(0), "欢迎{客户昵称}")).contentId();
        service.submit(EDITOR_ACTOR, id);
        service.approve(REVIEWER, id, 1);
        push();
        service.saveDraft(EDITOR_ACTOR, id, invite("门店群", chats.get(0), null));
        service.submit(EDITOR_ACTOR, id);
        service.approve(REVIEWER, id, 2);
        push();

        assertThat(sandbox.model().ways().welcomeTemplates()).isEmpty();
        assertThat(sandbox.model().ways().joinWays()).hasSize(1);
        assertThat(kinds()).containsExactly("JOIN_WAY_ADD", "GROUP_WELCOME_ADD", "GROUP_WELCOME_DEL");
    }

    private static ContentBody invite(String name, String chatId, String groupWelcome) {
        return ContentBody.invite(name, Scope.DEFAULT, "{客户称呼}，进群看看？", List.of(), chatId, groupWelcome);
    }

    private void push() {
        SyncResult result = engine.push(remote, () -> false);
        assertThat(result.outboxParked()).as("nothing parked").isZero();
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private List<String> kinds() {
        return wb.db().read(c -> Sql.query(c, "SELECT kind FROM outbox ORDER BY id", rs -> rs.getString(1)));
    }

    private List<String> statuses() {
        return wb.db().read(c -> Sql.query(c, "SELECT status FROM outbox", rs -> rs.getString(1)));
    }
}
