package com.siyu.workbench.content;

import static com.siyu.workbench.content.ContentFixture.EDITOR_ACTOR;
import static com.siyu.workbench.content.ContentFixture.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approving an invite template queues exactly the WeCom calls it needs, with WeCom's request bodies. */
class ContentPublisherTest {
    private static final ObjectMapper JSON = Json.newMapper();
    @TempDir
    Path dir;
    Workbench wb;
    ContentService service;

    record Row(String key, String kind, String orderingKey, JsonNode payload) {
    }

    @BeforeEach
    void open() throws Exception {
        wb = ContentFixture.open(dir);
        service = wb.content().service();
        wb.db().write(c -> Sql.update(c, "INSERT INTO customer_groups (chat_id, name, owner, synced_at)"
                + " VALUES ('wr-vip', '徐汇店会员群', ?, 0)", TestWorkbench.GUIDE));
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void approvalQueuesTheJoinWayAndTheGroupWelcomeInTheSameTransaction() throws Exception {
        String id = invite("欢迎{客户昵称}加入{群名}，我是群主{导购姓名}");
        assertThat(outbox()).isEmpty();
        service.approve(REVIEWER, id, 1);

        List<Row> rows = outbox();
        assertThat(rows).extracting(Row::kind).containsExactly("JOIN_WAY_ADD", "GROUP_WELCOME_ADD");
        assertThat(rows).allMatch(r -> r.orderingKey().equals("content:" + id));
        JsonNode joinWay = rows.get(0).payload();
        assertThat(joinWay.get("scene").asInt()).isEqualTo(2);
        assertThat(joinWay.get("chat_id_list").get(0).asText()).isEqualTo("wr-vip");
        assertThat(joinWay.get("state").asText()).isEqualTo("inv-" + id);
        assertThat(rows.get(1).payload().get("text").get("content").asText())
                .isEqualTo("欢迎%NICKNAME%加入徐汇店会员群，我是群主张晓雯");
    }

    @Test
    void aNewApprovedVersionEditsTheTemplateOnceWeComGaveItsId() throws Exception {
        String id = invite("欢迎{客户昵称}入群");
        service.approve(REVIEWER, id, 1);
        service.saveDraft(EDITOR_ACTOR, id, body("欢迎{客户昵称}入群，群里每周三有福利"));
        service.submit(EDITOR_ACTOR, id);
        service.approve(REVIEWER, id, 2);
        assertThat(outbox()).extracting(Row::kind).as("the add is not through yet: no edit without template_id")
                .containsExactly("JOIN_WAY_ADD", "GROUP_WELCOME_ADD");

        wb.db().write(c -> Sql.update(c, "UPDATE outbox SET status = 'SENT', result_json = ? WHERE idempotency_key = ?",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"template_id\":\"msgTPL1\"}", ContentPublisher.groupWelcomeAddKey(id)));
        wb.content().publisher().publishAll();
        wb.content().publisher().publishAll();

        List<Row> rows = outbox();
        assertThat(rows).extracting(Row::kind).containsExactly("JOIN_WAY_ADD", "GROUP_WELCOME_ADD",
                "GROUP_WELCOME_EDIT");
        JsonNode edit = rows.get(2).payload();
        assertThat(edit.get("template_id").asText()).isEqualTo("msgTPL1");
        assertThat(edit.get("text").get("content").asText()).isEqualTo("欢迎%NICKNAME%入群，群里每周三有福利");
    }

    @Test
    void scriptsAndWelcomeMessagesQueueNothing() throws Exception {
        String id = service.create(EDITOR_ACTOR, ContentFixture.threeStepScript("s")).contentId();
        service.submit(EDITOR_ACTOR, id);
        service.approve(REVIEWER, id, 1);
        assertThat(outbox()).isEmpty();
    }

    private String invite(String groupWelcome) {
        String id = service.create(EDITOR_ACTOR, body(groupWelcome)).contentId();
        service.submit(EDITOR_ACTOR, id);
        return id;
    }

    private static ContentBody body(String groupWelcome) {
        return ContentBody.invite("会员群邀请", Scope.DEFAULT, "{客户称呼}，进群看看？", List.of(), "wr-vip", groupWelcome);
    }

    private List<Row> outbox() throws Exception {
        List<String[]> raw = wb.db().read(c -> Sql.query(c,
                "SELECT idempotency_key, kind, ordering_key, payload_json FROM outbox ORDER BY id",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}));
        List<Row> rows = new java.util.ArrayList<>();
        for (String[] r : raw) {
            rows.add(new Row(r[0], r[1], r[2], JSON.readTree(r[3])));
        }
        return rows;
    }
}
