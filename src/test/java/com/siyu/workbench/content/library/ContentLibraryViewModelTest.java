package com.siyu.workbench.content.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.content.ContentFixture;
import com.siyu.workbench.content.ContentStatus;
import com.siyu.workbench.content.ContentSummary;
import com.siyu.workbench.content.ContentType;
import com.siyu.workbench.content.DemoContent;
import com.siyu.workbench.content.TemplateVariables;
import com.siyu.workbench.core.CurrentThreadTaskExecutor;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.testing.ScriptedDialogs;
import com.siyu.workbench.testing.TestWorkbench;
import com.siyu.workbench.ui.Session;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's view model without a scene: real services, real SQLite, tasks run inline. */
class ContentLibraryViewModelTest {
    @TempDir
    Path dir;
    Workbench wb;
    Session session = new Session();
    ScriptedDialogs dialogs = ScriptedDialogs.recording();
    ContentLibraryViewModel model;

    @BeforeEach
    void open() throws Exception {
        wb = ContentFixture.open(dir);
        wb.content().demo().seedIfEmpty();
        ContentFixture.addContact(wb, "wm-li", "小鱼儿", TestWorkbench.GUIDE, null, "李姐");
        model = new ContentLibraryViewModel(wb.content(), session, new CurrentThreadTaskExecutor(), dialogs,
                Messages.load(Language.ZH_CN), id -> id);
    }

    @AfterEach
    void close() {
        model.deactivate();
        wb.close();
    }

    @Test
    void anEditorWritesAScriptAndSeesFindingsAndThePreviewAsTheyType() {
        session.signIn(ContentFixture.EDITOR_ACTOR);
        model.activate();
        assertThat(model.items()).hasSize(9);
        assertThat(model.editor().findings()).as("nothing open, nothing to check").isEmpty();

        model.actions().newScript().fire();
        ContentEditorModel editor = model.editor();
        editor.nameProperty().set("试试看");
        editor.selectedStepProperty().get().textProperty().set("{客户称呼}，这是全城最好的大衣！！");
        assertThat(editor.findings()).extracting(f -> f.rule()).contains("ad-law", "exclamation");
        assertThat(editor.errorsProperty().get()).isEqualTo(1);
        assertThat(model.actions().submit().enabled().get()).isFalse();
        assertThat(model.actions().save().enabled().get()).isTrue();
        assertThat(model.preview().bubbles()).singleElement()
                .satisfies(b -> assertThat(b.text()).startsWith("李姐，这是全城"));

        var adLaw = editor.findings().stream().filter(f -> f.rule().equals("ad-law")).findFirst().orElseThrow();
        editor.replace(adLaw.field(), adLaw.start(), adLaw.end(), adLaw.replacement());
        editor.addStep().textProperty().set("{客户称呼}，明天见");
        assertThat(editor.errorsProperty().get()).isZero();
        assertThat(model.actions().submit().fire()).isTrue();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(model.currentProperty().get().status()).isEqualTo(ContentStatus.SUBMITTED);
        assertThat(model.currentProperty().get().body().steps()).hasSize(2);
        assertThat(model.editableProperty().get()).as("under review").isFalse();
        assertThat(model.items()).hasSize(10);
    }

    @Test
    void theScopeIsPickedFromTheLocalCopyAndAnUnknownOneIsNamed() {
        ContentFixture.addContact(wb, "wm-zhao", "赵先生", TestWorkbench.GUIDE, "live-0611", null);
        session.signIn(ContentFixture.EDITOR_ACTOR);
        model.activate();
        model.actions().newWelcome().fire();
        ContentEditorModel editor = model.editor();
        ScopePicker picker = model.scopePicker();
        editor.nameProperty().set("直播间欢迎语");
        editor.textProperty().set("{客户称呼}您好，感谢从直播间加我");

        editor.scopeTypeProperty().set(com.siyu.workbench.content.ScopeType.STATE);
        assertThat(picker.choices()).extracting(com.siyu.workbench.content.ScopeTarget::label)
                .containsExactly("包裹卡", "live-0611");
        assertThat(editor.findings()).extracting(f -> f.rule()).as("nothing picked yet").contains("scope");
        picker.selectedProperty().set(picker.choices().get(1));
        assertThat(editor.scopeValueProperty().get()).isEqualTo("live-0611");
        assertThat(editor.findings()).extracting(f -> f.rule()).doesNotContain("scope");

        editor.scopeTypeProperty().set(com.siyu.workbench.content.ScopeType.MEMBER);
        assertThat(editor.scopeValueProperty().get()).as("a channel code is no member").isEmpty();
        assertThat(picker.choices()).extracting(com.siyu.workbench.content.ScopeTarget::value)
                .contains(TestWorkbench.GUIDE, ContentFixture.EDITOR);
        editor.scopeValueProperty().set("left-the-company");
        assertThat(picker.selectedProperty().get()).isNull();
        assertThat(picker.problemProperty().get()).contains("left-the-company");
        editor.scopeValueProperty().set(TestWorkbench.GUIDE);
        assertThat(picker.selectedProperty().get().label()).isEqualTo("张晓雯");
        assertThat(picker.problemProperty().get()).isEmpty();

        assertThat(model.actions().submit().fire()).isTrue();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(model.items()).filteredOn(s -> s.name().equals("直播间欢迎语"))
                .singleElement().satisfies(s -> assertThat(picker.describe(s.scope())).isEqualTo("成员 张晓雯"));
    }

    @Test
    void anInviteTemplateSaysWhereItsWeComJoinQrCodeStands() {
        wb.db().write(c -> com.siyu.workbench.store.Sql.update(c, "INSERT INTO customer_groups (chat_id, name, owner,"
                + " synced_at) VALUES ('wr-vip', '会员群', ?, 0)", TestWorkbench.GUIDE));
        var service = wb.content().service();
        String id = service.create(ContentFixture.EDITOR_ACTOR, com.siyu.workbench.content.ContentBody.invite("进群",
                com.siyu.workbench.content.Scope.DEFAULT, "{客户称呼}，进群看看？", java.util.List.of(), "wr-vip", null))
                .contentId();
        session.signIn(ContentFixture.REVIEWER);
        model.activate();
        model.open(id);
        assertThat(model.joinWayStatusProperty().get()).contains("批准后");

        service.submit(ContentFixture.EDITOR_ACTOR, id);
        service.approve(ContentFixture.REVIEWER, id, 1);
        model.open(id);
        assertThat(model.joinWayStatusProperty().get()).contains("正在同步");

        wb.db().write(c -> com.siyu.workbench.store.Sql.update(c, "UPDATE outbox SET status = 'SENT', result_json = ?"
                + " WHERE kind = 'JOIN_WAY_ADD'", "{\"config_id\":\"cfg1\",\"qr_code\":\"https://qr.example/1\"}"));
        model.open(id);
        assertThat(model.joinWayStatusProperty().get()).isEqualTo("企业微信加群二维码：https://qr.example/1");
        model.open(DemoContent.SCRIPT_NEW_CUSTOMER);
        assertThat(model.joinWayStatusProperty().get()).isEmpty();
    }

    @Test
    void aGuideReadsApprovedContentAndMayOnlyProposeAChange() {
        session.signIn(ContentFixture.GUIDE);
        model.activate();
        assertThat(model.items()).hasSize(9).allMatch(s -> s.approvedVersion() != null);
        assertThat(model.actions().newWelcome().enabled().get()).isFalse();
        model.open(DemoContent.SCRIPT_NEW_CUSTOMER);
        assertThat(model.editableProperty().get()).isFalse();
        assertThat(model.actions().propose().enabled().get()).isTrue();
        assertThat(model.history()).hasSize(1);

        model.actions().propose().fire();
        assertThat(model.editableProperty().get()).isTrue();
        model.editor().selectedStepProperty().get().textProperty().set("{客户称呼}您好，我是{导购姓名}，以后有事找我～");
        model.actions().submit().fire();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(model.currentProperty().get().version()).isEqualTo(2);
        assertThat(model.currentProperty().get().author()).isEqualTo(TestWorkbench.GUIDE);
        ContentSummary row = model.items().stream().filter(s -> s.id().equals(DemoContent.SCRIPT_NEW_CUSTOMER))
                .findFirst().orElseThrow();
        assertThat(row.shownVersion()).as("guides still send v1").isEqualTo(1);
        assertThat(model.statusLabel(row)).contains("有新提议");
    }

    @Test
    void aGuideIsNotToldAboutSomeoneElsesProposal() {
        wb.content().service().saveDraft(ContentFixture.EDITOR_ACTOR, DemoContent.SCRIPT_REPURCHASE,
                wb.content().library().open(ContentFixture.EDITOR_ACTOR, DemoContent.SCRIPT_REPURCHASE).orElseThrow()
                        .body().withName("复购提醒（改）"));
        session.signIn(ContentFixture.GUIDE);
        model.activate();
        ContentSummary row = model.items().stream().filter(s -> s.id().equals(DemoContent.SCRIPT_REPURCHASE))
                .findFirst().orElseThrow();
        assertThat(row.name()).isEqualTo("复购提醒");
        assertThat(model.statusLabel(row)).isEqualTo("已批准");
    }

    @Test
    void searchAndFiltersNarrowTheListAsYouType() {
        session.signIn(ContentFixture.REVIEWER);
        model.activate();
        model.queryProperty().set("包裹");
        assertThat(model.items()).extracting(ContentSummary::id).containsExactly(DemoContent.WELCOME_PACKAGE_CARD);
        model.queryProperty().set("");
        model.typeFilterProperty().set(ContentType.WELCOME);
        assertThat(model.items()).hasSize(2);
        model.typeFilterProperty().set(null);
        model.sceneFilterProperty().set("复购提醒");
        assertThat(model.items()).extracting(ContentSummary::id).containsExactly(DemoContent.SCRIPT_REPURCHASE);
    }

    @Test
    void retiringAsksFirstAndTakesContentOutOfGuidesLists() {
        session.signIn(ContentFixture.REVIEWER);
        model.activate();
        model.open(DemoContent.SCRIPT_WIN_BACK);
        dialogs.answerConfirmations(false);
        model.actions().retire().fire();
        assertThat(wb.content().approved().script(DemoContent.SCRIPT_WIN_BACK)).isPresent();
        dialogs.answerConfirmations(true);
        model.actions().retire().fire();
        assertThat(wb.content().approved().script(DemoContent.SCRIPT_WIN_BACK)).isEmpty();
        assertThat(model.currentProperty().get().status()).isEqualTo(ContentStatus.RETIRED);
    }

    @Test
    void everyVariableOfTheCatalogueIsOfferedInThePreviewWithItsValueOrFallback() {
        session.signIn(ContentFixture.REVIEWER);
        model.activate();
        model.actions().newWelcome().fire();
        String all = String.join("|", TemplateVariables.all().stream().map(TemplateVariables.Variable::placeholder)
                .toList());
        model.editor().textProperty().set(all);
        String rendered = model.preview().bubbles().get(0).text();
        assertThat(rendered).doesNotContain("{");
        assertThat(rendered.split("\\|")).hasSize(TemplateVariables.all().size());
    }
}
