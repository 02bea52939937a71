package com.siyu.workbench.queue;

import static com.siyu.workbench.queue.QueueData.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.queue.rules.RuleAction;
import com.siyu.workbench.queue.rules.Section;
import com.siyu.workbench.queue.rules.Trigger;
import com.siyu.workbench.queue.rules.TriggerType;
import com.siyu.workbench.store.Sql;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each action: the task's status, the touch, the log entry and (for send and tags) the outbox, in one go. */
class TaskActionTest extends QueueTestBase {
    private String taskId;

    @BeforeEach
    void aTaskWithApprovedContent() {
        workbench.db().write(c -> Sql.update(c, "UPDATE departments SET name = '徐汇店' WHERE id = 2"));
        data.script("s", "新客剧本", 0, "{客户称呼}您好，我是{门店}的{导购姓名}，{意向商品}到货了");
        rule("r", Trigger.of(TriggerType.CONTACT_ADDED), RuleAction.script("s", Section.NEW));
        data.tagGroup("g", "意向商品").tag("g", "cream", "面霜")
                .contact("wmA", "Lily🌸", "李姐", GUIDE, at("2026-11-23T08:00"), null).tagContact("wmA", GUIDE, "cream");
        generate(DAY);
        taskId = tasksOf("wmA").get(0).id();
    }

    private List<String> log(String action) {
        return workbench.db().read(c -> Sql.query(c, "SELECT coalesce(details_json, '') FROM activity_log"
                + " WHERE action = ? ORDER BY seq", rs -> rs.getString(1), action));
    }

    private List<String> touches() {
        return workbench.db().read(c -> Sql.query(c, "SELECT kind FROM contact_touches ORDER BY id",
                rs -> rs.getString(1)));
    }

    private List<String[]> outbox() {
        return workbench.db().read(c -> Sql.query(c, "SELECT idempotency_key, kind, ordering_key, payload_json"
                + " FROM outbox ORDER BY id", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4)}));
    }

    @Test
    void sendQueuesOneMessageTaskForThisCustomerWithTheFilledText() throws Exception {
        assertThat(queue.actions().send(GUIDE_ACTOR, taskId)).isEqualTo(SendOutcome.SENT);

        assertThat(tasksOf("wmA").get(0).status()).isEqualTo("SENT");
        List<String[]> items = outbox();
        assertThat(items).hasSize(1);
        assertThat(items.get(0)[0]).isEqualTo("send:" + taskId);
        assertThat(items.get(0)[1]).isEqualTo("MSG_TEMPLATE");
        assertThat(items.get(0)[2]).isEqualTo("wmA");
        JsonNode payload = Json.newMapper().readTree(items.get(0)[3]);
        assertThat(payload.get("chat_type").asText()).isEqualTo("single");
        assertThat(payload.get("external_userid")).hasSize(1);
        assertThat(payload.get("external_userid").get(0).asText()).isEqualTo("wmA");
        assertThat(payload.get("sender").asText()).isEqualTo(GUIDE);
        assertThat(payload.get("text").get("content").asText()).isEqualTo("李姐您好，我是徐汇店的张晓雯，面霜到货了");
        assertThat(touches()).containsExactly("SENT");
        assertThat(log("task.sent")).hasSize(1);
    }

    @Test
    void aRepeatedSendNeverQueuesTwice() {
        queue.actions().send(GUIDE_ACTOR, taskId);
        queue.actions().send(GUIDE_ACTOR, taskId);

        assertThat(outbox()).hasSize(1);
        assertThat(log("task.sent")).hasSize(1);
    }

    @Test
    void aSecondSendToTheSameCustomerTodayIsHeldToTomorrow() {
        data.script("s2", "第二个", 0, "再一条");
        rule("r2", Trigger.of(TriggerType.CONTACT_ADDED), RuleAction.script("s2", Section.FOLLOW_UP));
        generate(DAY);
        String held = tasksOf("wmA").stream().filter(t -> "r2".equals(t.rule())).findFirst().orElseThrow().id();
        // Force it open to play a guide racing the cap (e.g. an overdue task from yesterday).
        workbench.db().write(c -> Sql.update(c, "UPDATE tasks SET status = 'OPEN', due_date = ? WHERE id = ?",
                DAY, held));
        queue.actions().send(GUIDE_ACTOR, taskId);

        assertThat(queue.actions().send(GUIDE_ACTOR, held)).isEqualTo(SendOutcome.HELD);

        assertThat(outbox()).hasSize(1);
        TaskRow row = tasks().stream().filter(t -> t.id().equals(held)).findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo("HELD");
        assertThat(row.due()).isEqualTo(DAY.plusDays(1));
        assertThat(row.statusReason()).isEqualTo("CAP_DAILY");
    }

    @Test
    void copyCompletesTheTaskAndRecordsACopiedTouch() {
        queue.actions().copied(GUIDE_ACTOR, taskId);

        assertThat(tasksOf("wmA").get(0).status()).isEqualTo("DONE");
        assertThat(tasksOf("wmA").get(0).statusReason()).isEqualTo("COPIED");
        assertThat(touches()).containsExactly("COPIED");
        assertThat(log("task.copied")).hasSize(1);
        assertThat(outbox()).isEmpty();
    }

    @Test
    void skipNeedsAReasonAndKeepsIt() {
        assertThatThrownBy(() -> queue.actions().skip(GUIDE_ACTOR, taskId, "  "))
                .isInstanceOf(QueueActionException.class);
        assertThat(tasksOf("wmA").get(0).status()).isEqualTo("OPEN");

        queue.actions().skip(GUIDE_ACTOR, taskId, "客户在外地出差");

        assertThat(tasksOf("wmA").get(0).status()).isEqualTo("SKIPPED");
        assertThat(tasksOf("wmA").get(0).statusReason()).isEqualTo("客户在外地出差");
        assertThat(log("task.skipped")).containsExactly("{\"reason\":\"客户在外地出差\"}");
        assertThat(touches()).isEmpty();
    }

    @Test
    void snoozeToTomorrowMovesTheTaskToTomorrow() {
        queue.actions().snooze(GUIDE_ACTOR, taskId, at("2026-11-24T10:00"));

        TaskRow row = tasksOf("wmA").get(0);
        assertThat(row.status()).isEqualTo("SNOOZED");
        assertThat(row.due()).isEqualTo(DAY.plusDays(1));
        assertThat(log("task.snoozed")).containsExactly("{\"until\":\"2026-11-24T02:00:00Z\"}");
    }

    @Test
    void aSnoozeInThePastIsRefused() {
        clock.advance(Duration.ofHours(2));
        assertThatThrownBy(() -> queue.actions().snooze(GUIDE_ACTOR, taskId, at("2026-11-23T09:00")))
                .isInstanceOf(QueueActionException.class);
    }

    @Test
    void anotherMembersTaskIsNotMine() {
        Actor other = new Actor(LEAD, "王店长", Set.of(Role.GUIDE));
        assertThatThrownBy(() -> queue.actions().done(other, taskId)).isInstanceOf(AccessDeniedException.class);
        Actor reviewer = new Actor(GUIDE, "张晓雯", Set.of(Role.REVIEWER));
        assertThatThrownBy(() -> queue.actions().done(reviewer, taskId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLostContactCannotBeSentTo() {
        data.lost("wmA", GUIDE, at("2026-11-23T08:30"));
        assertThatThrownBy(() -> queue.actions().send(GUIDE_ACTOR, taskId)).isInstanceOf(QueueActionException.class);
        assertThat(outbox()).isEmpty();
    }

    @Test
    void aNoteFromTheTaskCardIsStoredTouchedAndLoggedByTheContactsService() {
        queue.contactEdits().addNote(GUIDE_ACTOR, "wmA", "喜欢保湿类，周末到店");

        List<String> notes = workbench.db().read(c -> Sql.query(c, "SELECT body FROM contact_notes",
                rs -> rs.getString(1)));
        assertThat(notes).containsExactly("喜欢保湿类，周末到店");
        assertThat(touches()).containsExactly("NOTE");
        assertThat(log("contact.note")).hasSize(1);
    }

    @Test
    void editingTagsChangesTheLocalCopyAndQueuesMarkTag() throws Exception {
        data.tag("g", "serum", "精华");
        queue.contactEdits().setTags(GUIDE_ACTOR, "wmA", Set.of("serum"));

        List<String> tags = workbench.db().read(c -> Sql.query(c, "SELECT tag_id FROM follow_tags WHERE"
                + " external_userid = 'wmA'", rs -> rs.getString(1)));
        assertThat(tags).containsExactly("serum");
        String[] item = outbox().get(0);
        assertThat(item[1]).isEqualTo("MARK_TAG");
        JsonNode payload = Json.newMapper().readTree(item[3]);
        assertThat(payload.get("userid").asText()).isEqualTo(GUIDE);
        assertThat(payload.get("add_tag").get(0).asText()).isEqualTo("serum");
        assertThat(payload.get("remove_tag").get(0).asText()).isEqualTo("cream");
        assertThat(log("contact.tags")).singleElement().satisfies(details -> assertThat(details)
                .contains("\"add\":[\"serum\"]").contains("\"remove\":[\"cream\"]"));
    }

    @Test
    void aReplyCancelsSequencesThatStopOnReply() {
        var saved = queue.rules().find(ADMIN, "r").orElseThrow();
        rule(saved.withStop(new com.siyu.workbench.queue.rules.StopConditions(true, false, false, false)));

        int cancelled = queue.replies().replied(GUIDE_ACTOR, "wmA", taskId);

        assertThat(cancelled).isEqualTo(1);
        assertThat(tasksOf("wmA").get(0).status()).isEqualTo("CANCELLED");
        assertThat(touches()).containsExactly("REPLIED");
        assertThat(log("contact.replied")).hasSize(1);
    }
}
