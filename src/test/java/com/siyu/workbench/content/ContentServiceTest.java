package com.siyu.workbench.content;

import static com.siyu.workbench.content.ContentFixture.EDITOR_ACTOR;
import static com.siyu.workbench.content.ContentFixture.GUIDE;
import static com.siyu.workbench.content.ContentFixture.LEAD;
import static com.siyu.workbench.content.ContentFixture.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.content.lint.RuleIds;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.store.Sql;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentServiceTest {
    @TempDir
    Path dir;
    Workbench wb;
    ContentService service;
    ContentLibrary library;

    @BeforeEach
    void open() throws Exception {
        wb = ContentFixture.open(dir);
        service = wb.content().service();
        library = wb.content().library();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void theWholeReviewCycleKeepsEveryVersionWithItsTrail() {
        ContentVersion v1 = service.create(EDITOR_ACTOR, ContentFixture.threeStepScript("新客三步"));
        String id = v1.contentId();
        assertThat(id).startsWith("script-");
        assertThat(v1.status()).isEqualTo(ContentStatus.DRAFT);

        service.submit(EDITOR_ACTOR, id);
        ContentVersion rejected = service.reject(REVIEWER, id, 1, "  第二步太像广告，换个说法  ");
        assertThat(rejected.reviewReason()).isEqualTo("第二步太像广告，换个说法");

        ContentBody fixed = ContentFixture.threeStepScript("新客三步").withSteps(List.of(
                ScriptStep.of(0, "{客户称呼}您好"), ScriptStep.of(1, "{客户称呼}，有空聊聊？"), ScriptStep.of(3, "您好")));
        ContentVersion v2 = service.saveDraft(EDITOR_ACTOR, id, fixed);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(ContentStatus.DRAFT);
        service.submit(EDITOR_ACTOR, id);
        service.approve(REVIEWER, id, 2);

        List<ContentVersion> history = library.history(REVIEWER, id);
        assertThat(history).extracting(ContentVersion::version, ContentVersion::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, ContentStatus.REJECTED),
                org.assertj.core.groups.Tuple.tuple(2, ContentStatus.APPROVED));
        ContentVersion first = history.get(0);
        assertThat(first.author()).isEqualTo(ContentFixture.EDITOR);
        assertThat(first.reviewer()).isEqualTo(REVIEWER.userid());
        assertThat(first.submittedAt()).isNotNull();
        assertThat(first.reviewedAt()).isNotNull();
        assertThat(first.body().steps()).hasSize(3);
        assertThat(first.body().steps().get(0).windowStart()).hasToString("11:30");
        assertThat(history.get(1).body().steps().get(2).text()).isEqualTo("您好");
        assertThat(wb.content().repository().item(id).orElseThrow().approvedVersion()).isEqualTo(2);

        List<String> actions = wb.db().read(c -> Sql.query(c,
                "SELECT action || ':' || content_version FROM activity_log WHERE content_id = ? ORDER BY seq",
                rs -> rs.getString(1), id));
        assertThat(actions).containsExactly(Actions.CONTENT_CREATED + ":1", Actions.CONTENT_SUBMITTED + ":1",
                Actions.CONTENT_REJECTED + ":1", Actions.CONTENT_CREATED + ":2", Actions.CONTENT_SUBMITTED + ":2",
                Actions.CONTENT_APPROVED + ":2");
        String reason = wb.db().read(c -> Sql.queryOne(c, "SELECT details_json FROM activity_log WHERE action = ?",
                rs -> rs.getString(1), Actions.CONTENT_REJECTED).orElseThrow());
        assertThat(reason).contains("第二步太像广告");
    }

    @Test
    void aGuideCanProposeButNeverPublish() {
        String id = approvedScript();
        ContentVersion proposal = service.saveDraft(GUIDE, id, ContentFixture.threeStepScript("新客三步（导购建议）"));
        assertThat(proposal.version()).isEqualTo(2);
        assertThat(proposal.author()).isEqualTo(GUIDE.userid());
        service.submit(GUIDE, id);

        assertThatThrownBy(() -> service.approve(GUIDE, id, 2)).isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).permission()).isEqualTo(Permission.REVIEW_CONTENT));
        assertThatThrownBy(() -> service.reject(GUIDE, id, 2, "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.retire(GUIDE, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.reviewQueue(GUIDE)).isInstanceOf(AccessDeniedException.class);
        assertThat(wb.content().repository().version(id, 2).orElseThrow().status()).isEqualTo(ContentStatus.SUBMITTED);
        assertThat(wb.content().approved().script(id).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aGuideCannotChangeSomeoneElsesDraftButAnEditorCan() {
        String id = approvedScript();
        service.saveDraft(EDITOR_ACTOR, id, ContentFixture.threeStepScript("编辑中"));
        assertThatThrownBy(() -> service.saveDraft(GUIDE, id, ContentFixture.threeStepScript("导购改")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.submit(GUIDE, id)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.saveDraft(REVIEWER, id, ContentFixture.threeStepScript("审核改")).version()).isEqualTo(2);
    }

    @Test
    void leadsAndAdminsCannotWriteContent() {
        assertThatThrownBy(() -> service.create(LEAD, ContentFixture.threeStepScript("x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(ContentFixture.ADMIN, ContentFixture.threeStepScript("x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void guidesSeeOnlyApprovedVersionsAndTheirOwnProposals() {
        String id = approvedScript();
        service.saveDraft(EDITOR_ACTOR, id, ContentFixture.threeStepScript("编辑的新草稿"));
        String draftOnly = service.create(EDITOR_ACTOR, ContentFixture.threeStepScript("只是草稿")).contentId();
        String guideOwn = service.create(GUIDE, ContentFixture.threeStepScript("导购的新想法")).contentId();

        List<ContentSummary> seen = library.list(GUIDE, ContentFilter.ALL);
        assertThat(seen).extracting(ContentSummary::id).containsExactlyInAnyOrder(id, guideOwn);
        ContentSummary approved = seen.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        assertThat(approved.shownVersion()).isEqualTo(1);
        assertThat(approved.name()).isEqualTo("新客三步");
        assertThat(library.history(GUIDE, id)).extracting(ContentVersion::version).containsExactly(1);
        assertThat(library.open(GUIDE, id).orElseThrow().version()).isEqualTo(1);
        assertThat(library.history(GUIDE, draftOnly)).isEmpty();
        assertThat(library.open(GUIDE, draftOnly)).isEmpty();

        assertThat(library.list(REVIEWER, ContentFilter.ALL)).extracting(ContentSummary::id)
                .containsExactlyInAnyOrder(id, draftOnly, guideOwn);
        assertThat(library.open(REVIEWER, id).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void lintErrorsBlockSubmissionButWarningsDoNot() {
        ContentBody bad = ContentBody.welcome("欢迎", Scope.DEFAULT, "{客户称乎}，我们是全城最好的店", List.of());
        String id = service.create(EDITOR_ACTOR, bad).contentId();
        assertThatThrownBy(() -> service.submit(EDITOR_ACTOR, id)).isInstanceOf(ContentLintException.class)
                .satisfies(e -> assertThat(((ContentLintException) e).findings()).extracting(f -> f.rule())
                        .contains(RuleIds.AD_LAW, RuleIds.UNKNOWN_VARIABLE));
        assertThat(wb.content().repository().latest(id).orElseThrow().status()).isEqualTo(ContentStatus.DRAFT);

        service.saveDraft(EDITOR_ACTOR, id, bad.withText("新品到店啦！！欢迎来看看"));
        assertThat(service.submit(EDITOR_ACTOR, id).status()).isEqualTo(ContentStatus.SUBMITTED);
    }

    @Test
    void rejectionNeedsAReasonAndOnlySubmittedVersionsAreReviewed() {
        String id = service.create(EDITOR_ACTOR, ContentFixture.threeStepScript("s")).contentId();
        assertThatThrownBy(() -> service.approve(REVIEWER, id, 1)).isInstanceOf(ContentStateException.class)
                .satisfies(e -> assertThat(((ContentStateException) e).messageKey()).isEqualTo("content.error.notSubmitted"));
        service.submit(EDITOR_ACTOR, id);
        assertThatThrownBy(() -> service.reject(REVIEWER, id, 1, "  ")).isInstanceOf(ContentStateException.class)
                .satisfies(e -> assertThat(((ContentStateException) e).messageKey()).isEqualTo("content.error.reasonRequired"));
        assertThatThrownBy(() -> service.saveDraft(EDITOR_ACTOR, id, ContentFixture.threeStepScript("改")))
                .isInstanceOf(ContentStateException.class);
        assertThat(wb.content().repository().latest(id).orElseThrow().status()).isEqualTo(ContentStatus.SUBMITTED);
    }

    @Test
    void aReviewerCannotApproveTheirOwnSubmission() {
        String id = service.create(EDITOR_ACTOR, ContentFixture.threeStepScript("自己写的")).contentId();
        service.submit(EDITOR_ACTOR, id);

        assertThatThrownBy(() -> service.approve(EDITOR_ACTOR, id, 1)).isInstanceOf(ContentStateException.class)
                .satisfies(e -> {
                    ContentStateException state = (ContentStateException) e;
                    assertThat(state.messageKey()).isEqualTo("content.error.ownSubmission");
                    assertThat(Messages.load(Language.ZH_CN).get(state.messageKey(), state.args()))
                            .isEqualTo("不能批准自己编写、修改或提交的内容（第 1 版）：请另一位审核人审核");
                });
        assertThat(wb.content().repository().latest(id).orElseThrow().status()).isEqualTo(ContentStatus.SUBMITTED);
        assertThat(wb.content().approved().script(id)).isEmpty();

        service.approve(REVIEWER, id, 1);
        assertThat(wb.content().approved().script(id)).isPresent();
    }

    @Test
    void anEditorWhoSubmittedAGuidesProposalCannotApproveItEither() {
        String id = service.create(GUIDE, ContentFixture.threeStepScript("导购的提议")).contentId();
        service.submit(EDITOR_ACTOR, id);
        assertThatThrownBy(() -> service.approve(EDITOR_ACTOR, id, 1)).isInstanceOf(ContentStateException.class)
                .satisfies(e -> assertThat(((ContentStateException) e).messageKey())
                        .isEqualTo("content.error.ownSubmission"));
        service.approve(REVIEWER, id, 1);
        assertThat(wb.content().approved().script(id)).isPresent();
    }

    @Test
    void whoeverEditedADraftInPlaceCannotApproveItEvenWhenSomeoneElseSubmits() {
        String id = service.create(GUIDE, ContentFixture.threeStepScript("导购的草稿")).contentId();
        service.saveDraft(EDITOR_ACTOR, id, ContentFixture.threeStepScript("编辑改过的草稿"));
        service.submit(GUIDE, id);

        assertThat(service.isOwnWork(EDITOR_ACTOR, id, 1)).isTrue();
        assertThat(service.isOwnWork(REVIEWER, id, 1)).isFalse();
        assertThatThrownBy(() -> service.approve(EDITOR_ACTOR, id, 1)).isInstanceOf(ContentStateException.class)
                .satisfies(e -> assertThat(((ContentStateException) e).messageKey())
                        .isEqualTo("content.error.ownSubmission"));
        service.approve(REVIEWER, id, 1);
        assertThat(wb.content().approved().script(id).orElseThrow().name()).isEqualTo("编辑改过的草稿");
    }

    @Test
    void retiredContentLeavesGuidesPickersAndANewApprovalBringsItBack() {
        String id = approvedScript();
        service.retire(REVIEWER, id);
        assertThat(wb.content().approved().script(id)).isEmpty();
        assertThat(library.list(GUIDE, ContentFilter.ALL)).isEmpty();
        assertThat(library.history(REVIEWER, id).get(0).status()).isEqualTo(ContentStatus.RETIRED);
        assertThatThrownBy(() -> service.retire(REVIEWER, id)).isInstanceOf(ContentStateException.class);

        service.saveDraft(EDITOR_ACTOR, id, ContentFixture.threeStepScript("回来了"));
        service.submit(EDITOR_ACTOR, id);
        service.approve(REVIEWER, id, 2);
        assertThat(wb.content().approved().script(id).orElseThrow().name()).isEqualTo("回来了");
    }

    @Test
    void theReviewBaseIsTheApprovedVersionElseThePreviousOne() {
        String id = service.create(EDITOR_ACTOR, ContentFixture.threeStepScript("a")).contentId();
        ContentVersion first = service.submit(EDITOR_ACTOR, id);
        assertThat(library.reviewBase(REVIEWER, first)).isEmpty();
        service.reject(REVIEWER, id, 1, "再想想");
        service.saveDraft(EDITOR_ACTOR, id, ContentFixture.threeStepScript("b"));
        ContentVersion second = service.submit(EDITOR_ACTOR, id);
        assertThat(library.reviewBase(REVIEWER, second).orElseThrow().version()).isEqualTo(1);
        service.approve(REVIEWER, id, 2);
        service.saveDraft(EDITOR_ACTOR, id, ContentFixture.threeStepScript("c"));
        service.saveDraft(EDITOR_ACTOR, id, ContentFixture.threeStepScript("c2"));
        ContentVersion third = service.submit(EDITOR_ACTOR, id);
        assertThat(third.version()).isEqualTo(3);
        assertThat(library.reviewBase(REVIEWER, third).orElseThrow().version()).isEqualTo(2);
        assertThat(library.reviewQueue(REVIEWER)).extracting(ContentVersion::version).containsExactly(3);
    }

    @Test
    void filtersByTypeSceneAndStatus() {
        String script = approvedScript();
        String welcome = service.create(EDITOR_ACTOR, ContentBody.welcome("默认", Scope.DEFAULT, "{客户称呼}您好",
                List.of())).contentId();
        assertThat(library.list(REVIEWER, new ContentFilter("", ContentType.WELCOME, null, null)))
                .extracting(ContentSummary::id).containsExactly(welcome);
        assertThat(library.list(REVIEWER, new ContentFilter("", null, "新客破冰", null)))
                .extracting(ContentSummary::id).containsExactly(script);
        assertThat(library.list(REVIEWER, new ContentFilter("", null, null, ContentStatus.DRAFT)))
                .extracting(ContentSummary::id).containsExactly(welcome);
        assertThat(library.list(REVIEWER, new ContentFilter("", null, null, ContentStatus.APPROVED)))
                .extracting(ContentSummary::id).containsExactly(script);
    }

    private String approvedScript() {
        String id = service.create(EDITOR_ACTOR, ContentFixture.threeStepScript("新客三步")).contentId();
        service.submit(EDITOR_ACTOR, id);
        service.approve(REVIEWER, id, 1);
        return id;
    }
}
