package com.siyu.workbench.queue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.contacts.ContactFilter;
import com.siyu.workbench.contacts.SavedFilter;
import com.siyu.workbench.core.CurrentThreadTaskExecutor;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.queue.QueueData;
import com.siyu.workbench.queue.QueueDemo;
import com.siyu.workbench.testing.ScriptedDialogs;
import com.siyu.workbench.testing.TestWorkbench;
import com.siyu.workbench.ui.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The SOP rule editor on a real scene over a real database: the form shows only the fields the trigger and action
 * use, the pickers offer what the local copy holds (content by action type, tag triggers, saved filters) and keep a
 * value that is no longer offered, and what is picked lands in the form.
 */
@ExtendWith(ApplicationExtension.class)
class RulesScreenTest {
    @TempDir
    static Path dir;
    Workbench workbench;
    RulesScreen screen;
    SavedFilter saved;
    final Messages messages = Messages.load(Language.ZH_CN);
    final ScriptedDialogs dialogs = ScriptedDialogs.recording();

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Clock clock = Clock.fixed(QueueData.at("2026-11-23T10:20"), QueueData.SHANGHAI);
        workbench = TestWorkbench.open(dir.resolve("rules-" + System.nanoTime()), clock);
        QueueDemo.catalogue(workbench.db());
        QueueDemo.customers(workbench.db(), TestWorkbench.GUIDE, 20, clock.instant(), 3);
        saved = workbench.contacts().savedFilters().save(TestWorkbench.GUIDE, "面霜意向", ContactFilter.text("面霜"));
        Session session = new Session();
        session.signIn(new Actor(TestWorkbench.LEAD, "王店长", Set.of(Role.LEAD)));
        screen = new RulesScreen(workbench.queue(), session, new CurrentThreadTaskExecutor(), dialogs, messages);
        stage.setScene(new Scene((javafx.scene.Parent) screen.root(), 1200, 800));
        stage.show();
        screen.activate();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void theFormShowsOnlyTheFieldsTheTriggerAndActionUse(FxRobot robot) {
        RuleForm form = screen.model().form();
        select(robot, DefaultRules.NEW_CUSTOMER);

        assertShown(robot, "#ruleContent", "#ruleFromStep", "#ruleOnlyThisStep");
        assertHidden(robot, "#ruleDays", "#ruleTriggerTag", "#ruleDateField",
                "#ruleWindowStart", "#ruleWindowEnd");
        assertThat(label(robot, "#ruleContent")).endsWith("（script-new-customer）");

        robot.interact(() -> form.action.set(ActionType.CALL));
        assertHidden(robot, "#ruleContent", "#ruleFromStep", "#ruleOnlyThisStep");
        robot.interact(() -> form.action.set(ActionType.INVITE));
        assertShown(robot, "#ruleContent");
        assertHidden(robot, "#ruleFromStep");
        assertThat(this.<RuleChoices.ContentOption>combo(robot, "#ruleContent").getItems())
                .isNotEmpty().allMatch(c -> c.type().equals("INVITE"));

        robot.interact(() -> form.trigger.set(TriggerType.DAYS_SINCE_TOUCH));
        assertShown(robot, "#ruleDays");
        robot.interact(() -> form.trigger.set(TriggerType.DATE_FIELD));
        assertShown(robot, "#ruleDateField", "#ruleDays");
        assertHidden(robot, "#ruleTriggerTag");
        robot.interact(() -> form.trigger.set(TriggerType.TAG_ADDED));
        assertShown(robot, "#ruleTriggerTag");
        assertHidden(robot, "#ruleDays", "#ruleDateField");
        assertThat(this.<Choice>combo(robot, "#ruleTriggerTag").getItems()).extracting(Choice::label)
                .contains(messages.get("queue.rules.anyTagOf", "客户阶段"));
        robot.interact(() -> form.window.set(WindowPreset.CUSTOM));
        assertShown(robot, "#ruleWindowStart", "#ruleWindowEnd");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void picksLandInTheFormAndValuesNoLongerOfferedStayVisible(FxRobot robot) {
        RuleForm form = screen.model().form();
        select(robot, DefaultRules.NEW_CUSTOMER);
        ComboBox<Choice> filters = combo(robot, "#ruleSavedFilter");
        ComboBox<RuleChoices.ContentOption> contents = combo(robot, "#ruleContent");

        assertThat(filters.getValue().label()).isEqualTo(messages.get("queue.rules.field.noFilter"));
        Choice mine = filters.getItems().stream().filter(c -> c.value().equals(String.valueOf(saved.id())))
                .findFirst().orElseThrow();
        assertThat(mine.label()).startsWith("面霜意向");
        robot.interact(() -> filters.setValue(mine));
        assertThat(form.savedFilter.get()).isEqualTo(String.valueOf(saved.id()));
        robot.interact(() -> filters.setValue(filters.getItems().get(0)));
        assertThat(form.savedFilter.get()).isEmpty();

        robot.interact(() -> form.savedFilter.set(" 9999 "));
        assertThat(filters.getValue().label()).isEqualTo(messages.get("queue.rules.field.savedFilterMissing", "9999"));
        assertThat(form.savedFilter.get()).isEqualTo(" 9999 ");

        robot.interact(() -> form.contentId.set("script-gone"));
        assertThat(contents.getValue().id()).isEqualTo("script-gone");
        assertThat(label(robot, "#ruleContent")).contains(messages.get("queue.rules.contentMissing"));
        RuleChoices.ContentOption winBack = contents.getItems().stream()
                .filter(c -> c.id().equals("script-win-back")).findFirst().orElseThrow();
        robot.interact(() -> contents.setValue(winBack));
        assertThat(form.contentId.get()).isEqualTo("script-win-back");

        CheckComboBox<Choice> tagsAll = robot.lookup("#ruleTagsAll").queryAs(CheckComboBox.class);
        Choice firstTag = tagsAll.getItems().get(0);
        robot.interact(() -> tagsAll.getCheckModel().check(firstTag));
        assertThat(form.tagsAll).containsExactly(firstTag.value());
        robot.interact(() -> form.states.setAll("gone-channel"));
        CheckComboBox<Choice> states = robot.lookup("#ruleStates").queryAs(CheckComboBox.class);
        assertThat(states.getCheckModel().getCheckedItems()).extracting(Choice::value).containsExactly("gone-channel");
        assertThat(dialogs.errors()).isEmpty();
    }

    private void select(FxRobot robot, String ruleId) {
        WaitForAsyncUtils.waitForFxEvents();
        ListView<SopRule> list = robot.lookup("#ruleList").queryAs(ListView.class);
        SopRule rule = list.getItems().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(rule));
        assertThat(screen.model().selectedProperty().get().id()).isEqualTo(ruleId);
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private static String label(FxRobot robot, String id) {
        ComboBox<Object> box = robot.lookup(id).queryAs(ComboBox.class);
        return box.getConverter().toString(box.getValue());
    }

    private static void assertShown(FxRobot robot, String... ids) {
        for (String id : ids) {
            Node node = robot.lookup(id).query();
            assertThat(node.isVisible() && node.isManaged()).as(id + " shown").isTrue();
        }
    }

    private static void assertHidden(FxRobot robot, String... ids) {
        for (String id : ids) {
            Node node = robot.lookup(id).query();
            assertThat(node.isVisible() || node.isManaged()).as(id + " hidden").isFalse();
        }
    }
}
