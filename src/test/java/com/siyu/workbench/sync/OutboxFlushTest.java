package com.siyu.workbench.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.sandbox.FaultPlan;
import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.sandbox.model.MessageTask;
import com.siyu.workbench.sandbox.model.Tag;
import com.siyu.workbench.store.Sql;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pushing the outbox to the sandbox: order, parking, back-off, results, and exactly-once message tasks. */
class OutboxFlushTest {
    private static final ObjectMapper JSON = Json.newMapper();

    @TempDir
    Path dir;
    SyncFixture f;
    JdbcOutbox outbox;
    List<Follow> follows;
    List<String> tags;

    @BeforeEach
    void start() throws Exception {
        f = SyncFixture.start(dir, SyncFixture.sandbox(3, 120));
        outbox = new JdbcOutbox(f.db, f.clock);
        follows = f.sandbox.model().contacts().allFollows().stream().filter(x -> !x.lost()).toList();
        tags = f.sandbox.model().tags().liveGroups().stream().flatMap(g -> g.liveTags().stream()).map(Tag::id)
                .toList();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void itemsOfOneContactGoInOrderAndWeComsAnswerIsKept() {
        Follow x = follows.get(0);
        String tag = tags.stream().filter(t -> !x.tagIds().contains(t)).findFirst().orElseThrow();
        enqueue("a", "MARK_TAG", x.externalUserid(), markTag(x, List.of(tag), List.of()));
        enqueue("b", "MARK_TAG", x.externalUserid(), markTag(x, List.of(), List.of(tag)));

        SyncResult result = f.engine.push(f.remote, () -> false);

        assertThat(result.outboxSent()).isEqualTo(2);
        assertThat(f.sandbox.model().contacts().activeFollow(x.userid(), x.externalUserid()).orElseThrow().tagIds())
                .doesNotContain(tag);
        assertThat(column("a", "result_json")).contains("\"errcode\":0");
        assertThat(column("b", "status")).isEqualTo("SENT");
    }

    @Test
    void aRefusedItemIsParkedWithAChineseReasonAndDoesNotBlockTheRest() {
        Follow gone = follows.get(0);
        f.sandbox.model().contacts().update(gone.userid(), gone.externalUserid(), x -> x.lostAt(1));
        Follow other = follows.stream().filter(x -> !x.externalUserid().equals(gone.externalUserid())).findFirst()
                .orElseThrow();
        enqueue("gone", "REMARK", gone.externalUserid(), remark(gone, "新备注"));
        enqueue("gone-later", "REMARK", gone.externalUserid(), remark(gone, "再改"));
        enqueue("badtag", "MARK_TAG", other.externalUserid(), markTag(other, List.of("etNOSUCHTAG"), List.of()));
        enqueue("fine", "REMARK", other.externalUserid(), remark(other, "好的"));

        SyncResult result = f.engine.push(f.remote, () -> false);

        assertThat(column("gone", "status")).isEqualTo("PARKED");
        assertThat(column("gone", "last_error")).contains("不是这位成员的好友");
        assertThat(column("badtag", "status")).isEqualTo("PARKED");
        assertThat(column("badtag", "last_error")).contains("标签不存在");
        assertThat(column("fine", "status")).isEqualTo("SENT");
        assertThat(result.outboxParked()).isEqualTo(3);
        assertThat(f.sandbox.model().contacts().activeFollow(other.userid(), other.externalUserid()).orElseThrow()
                .remark()).isEqualTo("好的");
    }

    @Test
    void aTransientRefusalBacksOffInsteadOfParking() {
        Follow x = follows.get(0);
        enqueue("r", "REMARK", x.externalUserid(), remark(x, "限流中"));
        f.sandbox.setFaults(FaultPlan.parse("ratelimit=1.0"));

        f.engine.push(f.remote, () -> false);

        assertThat(column("r", "status")).isEqualTo("PENDING");
        long next = f.db.read(c -> Sql.queryLong(c, "SELECT next_attempt_at FROM outbox WHERE idempotency_key = 'r'"));
        assertThat(Instant.ofEpochMilli(next)).isAfter(f.clock.instant().plusSeconds(20));
    }

    @Test
    void anUnreachableWeComLeavesItemsPendingAndSaysOffline() {
        Follow x = follows.get(0);
        enqueue("r", "REMARK", x.externalUserid(), remark(x, "离线时改的"));
        f.sandbox.close();

        SyncResult result = f.engine.push(f.remote, () -> false);

        assertThat(result.offline()).isTrue();
        assertThat(column("r", "status")).isEqualTo("PENDING");
        assertThat(column("r", "last_error")).isNotBlank();
    }

    @Test
    void aMessageTaskIsRecordedWithItsQueueTask() {
        Follow x = follows.get(0);
        enqueue("send:task-42", "MSG_TEMPLATE", x.externalUserid(), msgTemplate(x, "您好，新品到店了"));

        f.engine.push(f.remote, () -> false);

        String msgid = f.db.read(c -> Sql.queryOne(c, "SELECT msgid FROM message_tasks WHERE task_id = 'task-42'",
                rs -> rs.getString(1)).orElseThrow());
        assertThat(column("send:task-42", "result_json")).contains(msgid);
        assertThat(tasksWithText("您好，新品到店了")).hasSize(1);
    }

    @Test
    void aMessageTaskInFlightAtACrashThatReachedWeComIsRecordedNotSentAgain() throws Exception {
        Follow x = follows.get(0);
        String body = msgTemplate(x, "这条在崩溃前已经发出");
        enqueue("send:t1", "MSG_TEMPLATE", x.externalUserid(), body);
        f.client.post("/cgi-bin/externalcontact/add_msg_template", JSON.readTree(body)); // reached WeCom...
        markInFlight("send:t1", f.clock.instant());                                       // ...then the app died
        f.clock.advance(Duration.ofSeconds(10));

        SyncResult result = f.engine.push(f.remote, () -> false);

        assertThat(result.outboxSent()).isEqualTo(1);
        List<MessageTask> inWeCom = tasksWithText("这条在崩溃前已经发出");
        assertThat(inWeCom).hasSize(1);
        assertThat(column("send:t1", "result_json")).contains(inWeCom.get(0).msgid()).contains("reconciled");
        long recorded = f.db.read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM message_tasks WHERE task_id = 't1'"));
        assertThat(recorded).isEqualTo(1);
    }

    @Test
    void aMessageTaskInFlightThatNeverReachedWeComIsSentOnce() {
        Follow x = follows.get(0);
        enqueue("send:t2", "MSG_TEMPLATE", x.externalUserid(), msgTemplate(x, "崩溃前没发出去"));
        markInFlight("send:t2", f.clock.instant());
        f.clock.advance(Duration.ofSeconds(10));

        f.engine.push(f.remote, () -> false);

        assertThat(tasksWithText("崩溃前没发出去")).hasSize(1);
        assertThat(column("send:t2", "status")).isEqualTo("SENT");
    }

    @Test
    void anIdenticalEarlierTaskOfAnotherItemIsNotMistakenForTheCrashedOne() {
        Follow x = follows.get(0);
        enqueue("send:first", "MSG_TEMPLATE", x.externalUserid(), msgTemplate(x, "同样的话"));
        f.engine.push(f.remote, () -> false);
        enqueue("send:second", "MSG_TEMPLATE", x.externalUserid(), msgTemplate(x, "同样的话"));
        markInFlight("send:second", f.clock.instant());
        f.clock.advance(Duration.ofSeconds(10));

        f.engine.push(f.remote, () -> false);

        assertThat(tasksWithText("同样的话")).hasSize(2);
        assertThat(column("send:second", "result_json")).doesNotContain("reconciled");
    }

    @Test
    void aFreshInFlightItemWaitsForRequestsStillOnTheirWay() {
        Follow x = follows.get(0);
        enqueue("send:t3", "MSG_TEMPLATE", x.externalUserid(), msgTemplate(x, "刚刚发出"));
        markInFlight("send:t3", f.clock.instant());

        f.engine.push(f.remote, () -> false);

        assertThat(column("send:t3", "status")).isEqualTo("IN_FLIGHT");
        assertThat(tasksWithText("刚刚发出")).isEmpty();
    }

    @Test
    void anInFlightCreateWithNoWayToCheckIsLeftToAPerson() {
        enqueue("welcome:1", "GROUP_WELCOME_ADD", "content:w1", "{\"text\":{\"content\":\"欢迎入群\"}}");
        markInFlight("welcome:1", f.clock.instant());
        f.clock.advance(Duration.ofSeconds(10));

        f.engine.push(f.remote, () -> false);

        assertThat(column("welcome:1", "status")).isEqualTo("PARKED");
        assertThat(column("welcome:1", "last_error")).contains("核对");
    }

    @Test
    void aCreatedTemplateIdIsReadableFromTheResult() throws Exception {
        enqueue("welcome:2", "GROUP_WELCOME_ADD", "content:w2", "{\"text\":{\"content\":\"欢迎 %NICKNAME%\"}}");

        f.engine.push(f.remote, () -> false);

        JsonNode result = JSON.readTree(column("welcome:2", "result_json"));
        assertThat(result.path("template_id").asText()).isNotBlank();
    }

    private List<MessageTask> tasksWithText(String text) {
        return f.sandbox.model().messageTasks().tasks().stream().filter(t -> t.contentJson().contains(text)).toList();
    }

    private void enqueue(String key, String kind, String orderingKey, String payload) {
        outbox.enqueue(new OutboxItem(key, kind, orderingKey, payload, "zhangxw"));
    }

    private void markInFlight(String key, Instant at) {
        f.db.write(c -> Sql.update(c, "UPDATE outbox SET status = 'IN_FLIGHT', attempted_at = ?, attempts = 1"
                + " WHERE idempotency_key = ?", at, key));
    }

    private String column(String key, String column) {
        return f.db.read(c -> Sql.queryOne(c, "SELECT " + column + " FROM outbox WHERE idempotency_key = ?",
                rs -> rs.getString(1), key).orElse(null));
    }

    private static String markTag(Follow x, List<String> add, List<String> remove) {
        return JSON.createObjectNode().put("userid", x.userid()).put("external_userid", x.externalUserid())
                .<com.fasterxml.jackson.databind.node.ObjectNode>set("add_tag", JSON.valueToTree(add))
                .<com.fasterxml.jackson.databind.node.ObjectNode>set("remove_tag", JSON.valueToTree(remove))
                .toString();
    }

    private static String remark(Follow x, String remark) {
        return JSON.createObjectNode().put("userid", x.userid()).put("external_userid", x.externalUserid())
                .put("remark", remark).toString();
    }

    static String msgTemplate(Follow x, String text) {
        var node = JSON.createObjectNode().put("chat_type", "single").put("sender", x.userid());
        node.putArray("external_userid").add(x.externalUserid());
        node.putObject("text").put("content", text);
        return node.toString();
    }
}
