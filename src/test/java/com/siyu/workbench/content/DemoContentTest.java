package com.siyu.workbench.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.content.lint.ContentLinter;
import com.siyu.workbench.content.lint.Finding;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoContentTest {
    @TempDir
    Path dir;
    Workbench wb;

    @BeforeEach
    void open() throws Exception {
        wb = ContentFixture.open(dir);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void seedsApprovedContentUnderStableIdsOnce() {
        assertThat(wb.content().demo().seedIfEmpty()).isTrue();
        assertThat(wb.content().demo().seedIfEmpty()).isFalse();
        ApprovedContent approved = wb.content().approved();
        assertThat(approved.list(ContentType.SCRIPT)).extracting(ContentSummary::id).containsExactlyInAnyOrder(
                DemoContent.SCRIPT_NEW_CUSTOMER, DemoContent.SCRIPT_INTENT_FOLLOW_UP, DemoContent.SCRIPT_HIGH_TICKET,
                DemoContent.SCRIPT_REPURCHASE, DemoContent.SCRIPT_WIN_BACK, DemoContent.SCRIPT_EVENT_INVITE);
        assertThat(approved.script(DemoContent.SCRIPT_HIGH_TICKET).orElseThrow().steps())
                .extracting(ScriptStep::dayOffset).containsExactly(0, 1, 3, 7);
        assertThat(approved.welcomeForChannel(TestWorkbench.GUIDE, "other").orElseThrow().id())
                .isEqualTo(DemoContent.WELCOME_DEFAULT);
        assertThat(approved.welcomeForChannel(TestWorkbench.GUIDE, DemoContent.PACKAGE_CARD_STATE).orElseThrow().id())
                .isEqualTo(DemoContent.WELCOME_PACKAGE_CARD);
        assertThat(approved.invite(DemoContent.INVITE_MEMBER_GROUP)).isPresent();
        long items = wb.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM content_items"));
        assertThat(items).isEqualTo(9);
    }

    @Test
    void everyDemoTextPassesLintWithoutEvenAWarning() {
        wb.content().demo().seedIfEmpty();
        ContentLinter linter = ContentLinter.withDefaults();
        for (ContentSummary s : wb.content().library().list(ContentFixture.REVIEWER, ContentFilter.ALL)) {
            ContentVersion v = wb.content().repository().version(s.id(), s.shownVersion()).orElseThrow();
            List<Finding> findings = linter.lint(v.body()).stream()
                    .filter(f -> !f.rule().equals("invite-link")).toList();
            assertThat(findings).as(s.id()).isEmpty();
        }
    }

    @Test
    void doesNothingWhenContentExists() {
        wb.content().service().create(ContentFixture.EDITOR_ACTOR, ContentFixture.threeStepScript("已有"));
        assertThat(wb.content().demo().seedIfEmpty()).isFalse();
        assertThat(wb.content().approved().script(DemoContent.SCRIPT_NEW_CUSTOMER)).isEmpty();
    }

    @Test
    void usesAKnownPackageCardChannelAndAnExistingGroup() {
        wb.db().write(c -> {
            Sql.update(c, "INSERT INTO channels (state, name, updated_at) VALUES ('ch-pkg', '包裹卡', 0)");
            Sql.update(c, "INSERT INTO customer_groups (chat_id, name, synced_at, create_time) VALUES ('wr1', '会员群', 0, 1)");
        });
        wb.content().demo().seedIfEmpty();
        ApprovedContent approved = wb.content().approved();
        assertThat(approved.welcomeForChannel("anyone", "ch-pkg").orElseThrow().id())
                .isEqualTo(DemoContent.WELCOME_PACKAGE_CARD);
        assertThat(approved.invite(DemoContent.INVITE_MEMBER_GROUP).orElseThrow().targetChatId()).isEqualTo("wr1");
        long queued = wb.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM outbox"));
        assertThat(queued).as("join way and group welcome for the demo invite").isEqualTo(2);
    }
}
