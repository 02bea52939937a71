package com.siyu.workbench.content.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.content.ContentBody;
import com.siyu.workbench.content.ContentFixture;
import com.siyu.workbench.content.ContentStatus;
import com.siyu.workbench.content.Scope;
import com.siyu.workbench.content.lint.LintList;
import com.siyu.workbench.core.CurrentThreadTaskExecutor;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.testing.ScriptedDialogs;
import com.siyu.workbench.testing.TestWorkbench;
import com.siyu.workbench.ui.Session;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewViewModelTest {
    @TempDir
    Path dir;
    Workbench wb;
    Session session = new Session();
    ScriptedDialogs dialogs = ScriptedDialogs.recording();
    ReviewViewModel model;
    String first;
    String second;

    @BeforeEach
    void open() throws Exception {
        wb = ContentFixture.open(dir);
        var service = wb.content().service();
        first = service.create(ContentFixture.EDITOR_ACTOR, ContentBody.welcome("默认", Scope.DEFAULT,
                "{客户称呼}您好\n欢迎光临", List.of())).contentId();
        service.submit(ContentFixture.EDITOR_ACTOR, first);
        second = service.create(ContentFixture.EDITOR_ACTOR, ContentFixture.threeStepScript("三步")).contentId();
        service.submit(ContentFixture.EDITOR_ACTOR, second);
        model = new ReviewViewModel(wb.content(), session, new CurrentThreadTaskExecutor(), dialogs,
                Messages.load(Language.ZH_CN), id -> id);
        session.signIn(ContentFixture.REVIEWER);
        model.activate();
    }

    @AfterEach
    void close() {
        model.deactivate();
        wb.close();
    }

    @Test
    void theQueueShowsTheOldestSubmissionWithItsDiffAndFindings() {
        assertThat(model.queue()).extracting(v -> v.contentId()).containsExactly(first, second);
        assertThat(model.selectedProperty().get().contentId()).isEqualTo(first);
        assertThat(model.baseLabelProperty().get()).contains("新内容");
        assertThat(model.diff()).allMatch(r -> r.kind() == TextDiff.Kind.ADDED);
        assertThat(model.diff()).extracting(TextDiff.Row::right).contains("{客户称呼}您好", "欢迎光临");
        assertThat(model.findings()).isEmpty();
    }

    @Test
    void theAuthorSeesTheirOwnSubmissionButCannotApproveIt() {
        assertThat(model.approveAction().enabled().get()).isTrue();
        assertThat(model.ownNoteProperty().get()).isEmpty();

        session.signIn(ContentFixture.EDITOR_ACTOR);
        assertThat(model.selectedProperty().get().contentId()).isEqualTo(first);
        assertThat(model.ownNoteProperty().get()).contains("另一位审核人");
        assertThat(model.approveAction().enabled().get()).isFalse();
        assertThat(model.rejectAction().enabled().get()).isTrue();
    }

    @Test
    void theDiffNamesTheScopeAndTheGroupFromTheLocalCopy() {
        var service = wb.content().service();
        String scoped = service.create(ContentFixture.EDITOR_ACTOR, ContentBody.welcome("小雯的欢迎语",
                Scope.of(com.siyu.workbench.content.ScopeType.MEMBER, TestWorkbench.GUIDE), "{客户称呼}您好",
                List.of())).contentId();
        service.submit(ContentFixture.EDITOR_ACTOR, scoped);
        model.reload();
        model.selectedProperty().set(model.queue().stream().filter(v -> v.contentId().equals(scoped))
                .findFirst().orElseThrow());
        assertThat(model.diff()).extracting(TextDiff.Row::right).contains("适用范围：成员 张晓雯");
    }

    @Test
    void rejectWithoutAReasonAsksForOneAndChangesNothing() {
        int before = model.reasonRequestsProperty().get();
        assertThat(model.rejectAction().fire()).isTrue();
        assertThat(model.hintProperty().get()).contains("驳回原因");
        assertThat(model.reasonRequestsProperty().get()).isEqualTo(before + 1);
        assertThat(wb.content().library().history(ContentFixture.REVIEWER, first).get(0).status())
                .isEqualTo(ContentStatus.SUBMITTED);

        model.reasonProperty().set("太短了，多说一句");
        assertThat(model.hintProperty().get()).isEmpty();
        model.rejectAction().fire();
        assertThat(wb.content().library().history(ContentFixture.REVIEWER, first).get(0).status())
                .isEqualTo(ContentStatus.REJECTED);
        assertThat(model.queue()).extracting(v -> v.contentId()).containsExactly(second);
        assertThat(model.selectedProperty().get().contentId()).as("moves on to the next").isEqualTo(second);
        assertThat(dialogs.notices()).anyMatch(n -> n.contains("已驳回"));
    }

    @Test
    void approvalIsBlockedWhileTheSubmissionHasLintErrors() {
        wb.content().lintSettings().update(ContentFixture.REVIEWER, LintList.SENSITIVE, List.of("光临"));
        model.selectedProperty().set(null);
        model.selectedProperty().set(model.queue().get(0));
        assertThat(model.errorsProperty().get()).isEqualTo(1);
        assertThat(model.approveAction().enabled().get()).isFalse();
        model.selectedProperty().set(model.queue().get(1));
        assertThat(model.approveAction().fire()).isTrue();
        assertThat(wb.content().approved().script(second)).isPresent();
    }

    @Test
    void aGuideSeesAnEmptyQueue() {
        session.signIn(ContentFixture.GUIDE);
        assertThat(model.queue()).isEmpty();
        assertThat(model.approveAction().enabled().get()).isFalse();
    }
}
