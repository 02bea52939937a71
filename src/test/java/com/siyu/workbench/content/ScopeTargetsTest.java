package com.siyu.workbench.content;

import static com.siyu.workbench.content.ContentFixture.EDITOR_ACTOR;
import static com.siyu.workbench.content.ContentFixture.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the scope picker offers comes from the local copy, and submission refuses a scope naming nothing there. */
class ScopeTargetsTest {
    @TempDir
    Path dir;
    Workbench wb;
    ScopeTargets targets;

    @BeforeEach
    void open() throws Exception {
        wb = ContentFixture.open(dir);
        ContentFixture.addContact(wb, "wm-li", "李女士", TestWorkbench.GUIDE, "live-0611", null);
        targets = wb.content().scopeTargets();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void offersNamedChannelsChannelsInUseMembersWithTheirStoreAndDepartments() {
        List<ScopeTarget> all = targets.all();
        assertThat(all).filteredOn(t -> t.type() == ScopeType.STATE).extracting(ScopeTarget::label)
                .as("a named channel by its name, one only seen on relations by its code")
                .containsExactly("包裹卡", "live-0611");
        assertThat(all).filteredOn(t -> t.type() == ScopeType.MEMBER)
                .anySatisfy(t -> {
                    assertThat(t.value()).isEqualTo(TestWorkbench.GUIDE);
                    assertThat(t.label()).isEqualTo("张晓雯");
                    assertThat(t.detail()).isEqualTo("上海徐汇店");
                });
        assertThat(all).filteredOn(t -> t.type() == ScopeType.DEPARTMENT)
                .extracting(ScopeTarget::value, ScopeTarget::label, ScopeTarget::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("2", "上海徐汇店", "总部"));
        assertThat(targets.find(Scope.of(ScopeType.DEPARTMENT, "2")).orElseThrow().label()).isEqualTo("上海徐汇店");
        assertThat(targets.find(Scope.of(ScopeType.MEMBER, "2"))).isEmpty();
    }

    @Test
    void submissionRefusesAMissingOrUnknownScopeAndAcceptsAPickedOne() {
        ContentService service = wb.content().service();
        Messages zh = Messages.load(Language.ZH_CN);
        String id = service.create(EDITOR_ACTOR, welcome(Scope.of(ScopeType.MEMBER, null))).contentId();
        assertThatThrownBy(() -> service.submit(EDITOR_ACTOR, id)).as("lint: nothing picked")
                .isInstanceOf(ContentLintException.class);

        service.saveDraft(EDITOR_ACTOR, id, welcome(Scope.of(ScopeType.STATE, "live-9999")));
        assertThatThrownBy(() -> service.submit(EDITOR_ACTOR, id)).isInstanceOf(ContentStateException.class)
                .satisfies(e -> {
                    ContentStateException state = (ContentStateException) e;
                    assertThat(zh.get(state.messageKey(), state.args()))
                            .isEqualTo("本地副本中没有渠道「live-9999」：请从列表中选择，或先同步");
                });
        assertThat(wb.content().repository().latest(id).orElseThrow().status()).isEqualTo(ContentStatus.DRAFT);

        service.saveDraft(EDITOR_ACTOR, id, welcome(Scope.of(ScopeType.STATE, "live-0611")));
        service.submit(EDITOR_ACTOR, id);
        service.approve(REVIEWER, id, 1);
        assertThat(wb.content().approved().welcomeFor("wm-li", TestWorkbench.GUIDE).orElseThrow().id())
                .isEqualTo(id);
    }

    private static ContentBody welcome(Scope scope) {
        return ContentBody.welcome("直播间欢迎语", scope, "{客户称呼}您好，感谢从直播间加我", List.of());
    }
}
