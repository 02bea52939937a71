package com.siyu.workbench.content;

import static com.siyu.workbench.content.ContentFixture.EDITOR_ACTOR;
import static com.siyu.workbench.content.ContentFixture.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read API the queue uses: only approved content, and the most specific welcome for a contact. */
class ApprovedContentTest {
    @TempDir
    Path dir;
    Workbench wb;
    ApprovedContent approved;

    @BeforeEach
    void open() throws Exception {
        wb = ContentFixture.open(dir);
        approved = wb.content().approved();
        ContentFixture.addContact(wb, "wm-li", "小鱼儿", TestWorkbench.GUIDE, "pkg-card", "李姐");
        ContentFixture.addContact(wb, "wm-wang", "老王", TestWorkbench.LEAD, "live-0611", null);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void welcomeResolutionPrefersMemberThenDepartmentThenChannelThenDefault() {
        assertThat(approved.welcomeFor("wm-li", TestWorkbench.GUIDE)).isEmpty();
        welcome("默认", Scope.DEFAULT);
        assertThat(approved.welcomeFor("wm-li", TestWorkbench.GUIDE).orElseThrow().name()).isEqualTo("默认");

        welcome("包裹卡", Scope.of(ScopeType.STATE, "pkg-card"));
        assertThat(approved.welcomeFor("wm-li", TestWorkbench.GUIDE).orElseThrow().name()).isEqualTo("包裹卡");
        assertThat(approved.welcomeFor("wm-wang", TestWorkbench.LEAD).orElseThrow().name()).isEqualTo("默认");

        welcome("总部", Scope.of(ScopeType.DEPARTMENT, "1"));
        assertThat(approved.welcomeFor("wm-li", TestWorkbench.GUIDE).orElseThrow().name()).isEqualTo("总部");
        welcome("徐汇店", Scope.of(ScopeType.DEPARTMENT, "2"));
        assertThat(approved.welcomeFor("wm-li", TestWorkbench.GUIDE).orElseThrow().name())
                .as("the member's own store before its parent").isEqualTo("徐汇店");

        welcome("小雯自己的", Scope.of(ScopeType.MEMBER, TestWorkbench.GUIDE));
        assertThat(approved.welcomeFor("wm-li", TestWorkbench.GUIDE).orElseThrow().name()).isEqualTo("小雯自己的");
        assertThat(approved.welcomeFor("wm-wang", TestWorkbench.LEAD).orElseThrow().name()).isEqualTo("徐汇店");
        assertThat(approved.welcomeForChannel("someone-new", "pkg-card").orElseThrow().name()).isEqualTo("包裹卡");
    }

    @Test
    void drafsSubmissionsAndRetiredContentAreNeverReturned() {
        String draft = wb.content().service().create(EDITOR_ACTOR, ContentBody.welcome("草稿", Scope.DEFAULT,
                "{客户称呼}您好", List.of())).contentId();
        wb.content().service().submit(EDITOR_ACTOR, draft);
        assertThat(approved.welcomeFor("wm-li", TestWorkbench.GUIDE)).isEmpty();
        String script = approvedScript();
        wb.content().service().saveDraft(EDITOR_ACTOR, script, ContentFixture.threeStepScript("新草稿"));
        ApprovedScript live = approved.script(script).orElseThrow();
        assertThat(live.version()).isEqualTo(1);
        assertThat(live.name()).isEqualTo("三步");
        assertThat(live.step(2).orElseThrow().dayOffset()).isEqualTo(1);
        assertThat(live.step(4)).isEmpty();
        assertThat(approved.list(ContentType.SCRIPT)).extracting(ContentSummary::id).containsExactly(script);
        wb.content().service().retire(REVIEWER, script);
        assertThat(approved.script(script)).isEmpty();
        assertThat(approved.list(ContentType.SCRIPT)).isEmpty();
    }

    @Test
    void invitesCarryTheirJoinWayOnceWeComAnswered() {
        String id = wb.content().service().create(EDITOR_ACTOR, ContentBody.invite("进群", Scope.DEFAULT,
                "{客户称呼}，进群看看？", List.of(), "wr-group-1", null)).contentId();
        wb.content().service().submit(EDITOR_ACTOR, id);
        wb.content().service().approve(REVIEWER, id, 1);
        ApprovedInvite before = approved.inviteFor("wm-li", TestWorkbench.GUIDE).orElseThrow();
        assertThat(before.targetChatId()).isEqualTo("wr-group-1");
        assertThat(before.joinWayConfigId()).isEmpty();

        String key = ContentPublisher.joinWayKey(id, "wr-group-1");
        wb.db().write(c -> Sql.update(c, "UPDATE outbox SET status = 'SENT', result_json = ? WHERE idempotency_key = ?",
                "{\"errcode\":0,\"config_id\":\"9ad7fa5c\",\"qr_code\":\"https://wework.qpic.cn/qr/1\"}", key));
        ApprovedInvite after = approved.invite(id).orElseThrow();
        assertThat(after.joinWayConfigId()).contains("9ad7fa5c");
        assertThat(after.joinQrCode()).contains("https://wework.qpic.cn/qr/1");
        assertThat(approved.invites()).hasSize(1);
    }

    @Test
    void contactVariablesComeFromTheLocalCopy() {
        wb.db().write(c -> {
            Sql.update(c, "INSERT INTO tag_groups (group_id, name) VALUES ('g1', '意向商品')");
            Sql.update(c, "INSERT INTO tags (tag_id, group_id, name) VALUES ('t1', 'g1', '羊绒大衣')");
            Sql.update(c, "INSERT INTO follow_tags (external_userid, userid, tag_id) VALUES ('wm-li', ?, 't1')",
                    TestWorkbench.GUIDE);
        });
        ContactVariables variables = wb.content().variables();
        Map<String, String> values = variables.valuesFor("wm-li", TestWorkbench.GUIDE);
        assertThat(values).containsEntry("客户称呼", "李姐").containsEntry("客户昵称", "小鱼儿")
                .containsEntry("导购姓名", "张晓雯").containsEntry("门店", "上海徐汇店").containsEntry("意向商品", "羊绒大衣");
        assertThat(variables.valuesFor("wm-wang", TestWorkbench.LEAD)).doesNotContainKey("客户称呼")
                .doesNotContainKey("意向商品");
        assertThat(TemplateVariables.render("{客户称呼}好，{意向商品}到了", variables.valuesFor("wm-wang", TestWorkbench.LEAD)))
                .isEqualTo("您好，您关注的商品到了");
        assertThat(ContactVariables.salutation("李四-13812345678")).isNull();
        assertThat(variables.previewContacts(TestWorkbench.GUIDE, 10)).extracting(ContactVariables.PreviewContact::name)
                .containsExactly("小鱼儿");
        assertThat(variables.previewContacts(null, 10)).hasSize(2);
    }

    private void welcome(String name, Scope scope) {
        ContentService service = wb.content().service();
        String id = service.create(EDITOR_ACTOR, ContentBody.welcome(name, scope, "{客户称呼}您好", List.of()))
                .contentId();
        service.submit(EDITOR_ACTOR, id);
        service.approve(REVIEWER, id, 1);
    }

    private String approvedScript() {
        ContentService service = wb.content().service();
        String id = service.create(EDITOR_ACTOR, ContentFixture.threeStepScript("三步")).contentId();
        service.submit(EDITOR_ACTOR, id);
        service.approve(REVIEWER, id, 1);
        return id;
    }
}
