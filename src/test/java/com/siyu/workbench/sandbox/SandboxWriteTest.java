package com.siyu.workbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.sandbox.model.Member;
import com.siyu.workbench.sandbox.model.MessageTask;
import com.siyu.workbench.sandbox.model.Recipient;
import com.siyu.workbench.sandbox.model.TagGroup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writes over loopback HTTP really change the model, and the next read shows it. */
class SandboxWriteTest {
    private SandboxServer server;
    private WeComHttp wecom;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.defaults().withContacts(600)
                .withClock(new MutableClock(Instant.parse("2025-03-10T02:00:00Z"))));
        wecom = new WeComHttp(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Follow someFollow() {
        return server.model().contacts().allFollows().stream().filter(f -> !f.lost()).skip(7).findFirst()
                .orElseThrow();
    }

    private String tagId(String group, String name) {
        return server.model().tags().liveGroupNamed(group).orElseThrow().liveTags().stream()
                .filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }

    private JsonNode followUserOf(Follow follow) {
        JsonNode detail = wecom.getWithToken("externalcontact/get?external_userid=" + follow.externalUserid());
        for (JsonNode followUser : detail.path("follow_user")) {
            if (followUser.path("userid").asText().equals(follow.userid())) {
                return followUser;
            }
        }
        throw new AssertionError("no follow_user for " + follow.userid());
    }

    private JsonNode batchItemOf(Follow follow) {
        String cursor = "";
        do {
            JsonNode page = wecom.post("externalcontact/batch/get_by_user",
                    Map.of("userid_list", List.of(follow.userid()), "cursor", cursor, "limit", 100));
            for (JsonNode item : page.path("external_contact_list")) {
                if (item.path("external_contact").path("external_userid").asText().equals(follow.externalUserid())) {
                    return item;
                }
            }
            cursor = page.path("next_cursor").asText();
        } while (!cursor.isEmpty());
        return null;
    }

    @Test
    void aMarkedTagShowsInTheNextGetAndBatch() {
        Follow follow = someFollow();
        batchItemOf(follow);
        String gold = tagId("会员等级", "金卡");
        String milk = tagId("意向商品", "奶粉");
        JsonNode marked = wecom.post("externalcontact/mark_tag", Map.of("userid", follow.userid(),
                "external_userid", follow.externalUserid(), "add_tag", List.of(gold, milk)));
        assertThat(marked.path("errcode").asInt()).isZero();
        assertThat(followUserOf(follow).path("tags").findValuesAsText("tag_name")).contains("金卡", "奶粉");
        List<String> ids = new ArrayList<>();
        batchItemOf(follow).path("follow_info").path("tag_id").forEach(n -> ids.add(n.asText()));
        assertThat(ids).contains(gold, milk);
        wecom.post("externalcontact/mark_tag", Map.of("userid", follow.userid(),
                "external_userid", follow.externalUserid(), "remove_tag", List.of(gold)));
        assertThat(followUserOf(follow).path("tags").findValuesAsText("tag_name")).doesNotContain("金卡");
    }

    @Test
    void markTagRefusesBadIdsAndStrangers() {
        Follow follow = someFollow();
        assertThat(wecom.post("externalcontact/mark_tag", Map.of("userid", follow.userid(), "external_userid",
                follow.externalUserid(), "add_tag", List.of("etNOPE"))).path("errcode").asInt()).isEqualTo(40068);
        String other = server.model().org().followUsers().stream().map(Member::userid)
                .filter(u -> server.model().contacts().activeFollow(u, follow.externalUserid()).isEmpty())
                .findFirst().orElseThrow();
        assertThat(wecom.post("externalcontact/mark_tag", Map.of("userid", other, "external_userid",
                follow.externalUserid(), "add_tag", List.of(tagId("会员等级", "银卡")))).path("errcode").asInt())
                .isEqualTo(84061);
        assertThat(wecom.post("externalcontact/mark_tag", Map.of("userid", follow.userid(), "external_userid",
                follow.externalUserid())).path("errcode").asInt()).isEqualTo(40063);
    }

    @Test
    void remarkEditsShowUpAndFollowTheLengthRules() {
        Follow follow = someFollow();
        JsonNode ok = wecom.post("externalcontact/remark", Map.of("userid", follow.userid(), "external_userid",
                follow.externalUserid(), "remark", "王姐-老客", "remark_mobiles", List.of("13800000001")));
        assertThat(ok.path("errcode").asInt()).isZero();
        JsonNode read = followUserOf(follow);
        assertThat(read.path("remark").asText()).isEqualTo("王姐-老客");
        assertThat(read.path("description").asText()).isEqualTo(follow.description());
        assertThat(read.path("remark_mobiles").get(0).asText()).isEqualTo("13800000001");
        assertThat(read.path("remark_mobiles")).hasSize(1);
        wecom.post("externalcontact/remark", Map.of("userid", follow.userid(), "external_userid",
                follow.externalUserid(), "remark_mobiles", List.of("")));
        assertThat(followUserOf(follow).path("remark_mobiles")).isEmpty();
        assertThat(batchItemOf(follow).path("follow_info").path("remark").asText()).isEqualTo("王姐-老客");
        assertThat(wecom.post("externalcontact/remark", Map.of("userid", follow.userid(), "external_userid",
                follow.externalUserid(), "remark", "一二三四五六七八九十一二三四五六七八九十一")).path("errcode").asInt())
                .isEqualTo(40058);
        assertThat(wecom.post("externalcontact/remark", Map.of("userid", follow.userid(), "external_userid",
                follow.externalUserid())).path("errcode").asInt()).isEqualTo(40063);
    }

    @Test
    void corpTagsCanBeAddedRenamedAndDeletedWithWeComsRules() {
        JsonNode added = wecom.post("externalcontact/add_corp_tag", Map.of("group_name", "活动",
                "tag", List.of(Map.of("name", "三八节"), Map.of("name", "三八节"), Map.of("name", "双十一"))));
        assertThat(added.path("errcode").asInt()).isZero();
        JsonNode group = added.path("tag_group");
        assertThat(group.path("group_id").asText()).startsWith("et");
        assertThat(group.path("tag").findValuesAsText("name")).containsExactly("三八节", "双十一");
        String groupId = group.path("group_id").asText();
        assertThat(wecom.post("externalcontact/add_corp_tag", Map.of("group_id", groupId,
                "tag", List.of(Map.of("name", "双十一")))).path("errcode").asInt()).isEqualTo(40071);
        String tagId = group.path("tag").get(0).path("id").asText();
        assertThat(wecom.post("externalcontact/edit_corp_tag", Map.of("id", tagId, "name", "双十一"))
                .path("errcode").asInt()).isEqualTo(40071);
        assertThat(wecom.post("externalcontact/edit_corp_tag", Map.of("id", tagId, "name", "妇女节"))
                .path("errcode").asInt()).isZero();
        JsonNode byGroup = wecom.post("externalcontact/get_corp_tag_list", Map.of("group_id", List.of(groupId)));
        assertThat(byGroup.path("tag_group").get(0).path("tag").findValuesAsText("name"))
                .containsExactly("妇女节", "双十一");
        Follow follow = someFollow();
        wecom.post("externalcontact/mark_tag", Map.of("userid", follow.userid(), "external_userid",
                follow.externalUserid(), "add_tag", List.of(tagId)));
        assertThat(wecom.post("externalcontact/del_corp_tag", Map.of("tag_id", List.of(tagId))).path("errcode")
                .asInt()).isZero();
        assertThat(followUserOf(follow).path("tags").findValuesAsText("tag_id")).doesNotContain(tagId);
        JsonNode byId = wecom.post("externalcontact/get_corp_tag_list", Map.of("tag_id", List.of(tagId)));
        assertThat(byId.path("tag_group").get(0).path("tag").get(0).path("deleted").asBoolean()).isTrue();
        assertThat(wecom.post("externalcontact/del_corp_tag", Map.of("tag_id", List.of("etNOPE"))).path("errcode")
                .asInt()).isEqualTo(40068);
        assertThat(wecom.post("externalcontact/get_corp_tag_list", Map.of()).path("tag_group")
                .findValuesAsText("group_name")).contains("客户阶段", "意向商品", "来源渠道", "会员等级", "活动");
    }

    @Test
    void theCorpTagCapIs3000() {
        int live = server.model().tags().liveTagCount();
        List<Map<String, String>> tags = new ArrayList<>();
        for (int i = 0; i < 3000 - live; i++) {
            tags.add(Map.of("name", "批量" + i));
        }
        assertThat(wecom.post("externalcontact/add_corp_tag", Map.of("group_name", "批量", "tag", tags))
                .path("errcode").asInt()).isZero();
        assertThat(wecom.post("externalcontact/add_corp_tag", Map.of("group_name", "批量",
                "tag", List.of(Map.of("name", "再多一个")))).path("errcode").asInt()).isEqualTo(40126);
        assertThat(server.model().tags().liveTagCount()).isEqualTo(3000);
        List<TagGroup> groups = server.model().tags().liveGroups();
        assertThat(groups).hasSize(5);
    }

    @Test
    void aMessageTaskShowsPerMemberStatusUntilMembersConfirm() {
        List<Follow> follows = server.model().contacts().allFollows().stream().filter(f -> !f.lost()).limit(40)
                .toList();
        List<String> externals = new ArrayList<>(follows.stream().map(Follow::externalUserid).distinct().toList());
        externals.add("wmNobodyKnowsThisCustomer000000");
        JsonNode created = wecom.post("externalcontact/add_msg_template", Map.of("chat_type", "single",
                "external_userid", externals, "text", Map.of("content", "会员日9折")));
        assertThat(created.path("errcode").asInt()).isZero();
        assertThat(created.path("fail_list").get(0).asText()).isEqualTo("wmNobodyKnowsThisCustomer000000");
        String msgid = created.path("msgid").asText();
        assertThat(msgid).startsWith("msg");
        JsonNode tasks = wecom.post("externalcontact/get_groupmsg_task", Map.of("msgid", msgid));
        assertThat(tasks.path("task_list").size()).isGreaterThan(1);
        tasks.path("task_list").forEach(t -> assertThat(t.path("status").asInt()).isZero());
        assertThat(tasks.path("task_list").get(0).has("send_time")).isFalse();
        String sender = tasks.path("task_list").get(0).path("userid").asText();
        JsonNode pending = wecom.post("externalcontact/get_groupmsg_send_result",
                Map.of("msgid", msgid, "userid", sender));
        pending.path("send_list").forEach(r -> assertThat(r.path("status").asInt()).isZero());

        JsonNode confirmed = wecom.admin("/sandbox/confirm-sends", Map.of("fraction", 1.0));
        assertThat(confirmed.path("confirmed").size()).isEqualTo(tasks.path("task_list").size());
        JsonNode after = wecom.post("externalcontact/get_groupmsg_task", Map.of("msgid", msgid));
        after.path("task_list").forEach(t -> {
            assertThat(t.path("status").asInt()).isEqualTo(2);
            assertThat(t.path("send_time").asLong()).isEqualTo(server.now());
        });
        JsonNode sent = wecom.post("externalcontact/get_groupmsg_send_result",
                Map.of("msgid", msgid, "userid", sender));
        sent.path("send_list").forEach(r -> assertThat(r.path("status").asInt()).isEqualTo(1));

        JsonNode second = wecom.post("externalcontact/add_msg_template", Map.of("external_userid",
                externals.subList(0, 3), "text", Map.of("content", "再来一条")));
        server.confirmSends(1.0);
        MessageTask task = server.model().messageTasks().task(second.path("msgid").asText()).orElseThrow();
        assertThat(task.senders().stream().flatMap(s -> s.recipients().stream()).map(Recipient::status))
                .containsOnly(Recipient.QUOTA);
        JsonNode history = wecom.post("externalcontact/get_groupmsg_list_v2", Map.of("chat_type", "single",
                "start_time", server.now() - 86_400, "end_time", server.now(), "filter_type", 0));
        assertThat(history.path("group_msg_list").findValuesAsText("msgid")).containsExactly(msgid,
                second.path("msgid").asText());
        assertThat(history.path("group_msg_list").get(0).path("text").path("content").asText()).isEqualTo("会员日9折");
    }

    @Test
    void addMsgTemplateValidatesLikeWeCom() {
        assertThat(wecom.post("externalcontact/add_msg_template", Map.of("external_userid",
                List.of("wmNobody"), "text", Map.of("content", "x"))).path("errcode").asInt()).isEqualTo(41048);
        assertThat(wecom.post("externalcontact/add_msg_template", Map.of("sender", "nobody-here",
                "text", Map.of("content", "x"))).path("errcode").asInt()).isEqualTo(60111);
        List<Map<String, Object>> attachments = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            attachments.add(Map.of("msgtype", "image", "image", Map.of("media_id", "m" + i)));
        }
        String sender = server.model().org().followUsers().get(4).userid();
        assertThat(wecom.post("externalcontact/add_msg_template", Map.of("sender", sender,
                "attachments", attachments)).path("errcode").asInt()).isEqualTo(41064);
        assertThat(wecom.post("externalcontact/add_msg_template", Map.of("sender", sender))
                .path("errcode").asInt()).isEqualTo(40063);
    }

    @Test
    void welcomeTemplatesJoinWaysAndContactWaysAreStored() {
        JsonNode template = wecom.post("externalcontact/group_welcome_template/add",
                Map.of("text", Map.of("content", "欢迎 %NICKNAME% 加入"), "image", Map.of("media_id", "M1")));
        String templateId = template.path("template_id").asText();
        assertThat(templateId).startsWith("msg");
        wecom.post("externalcontact/group_welcome_template/edit",
                Map.of("template_id", templateId, "text", Map.of("content", "欢迎新朋友")));
        JsonNode got = wecom.post("externalcontact/group_welcome_template/get", Map.of("template_id", templateId));
        assertThat(got.path("text").path("content").asText()).isEqualTo("欢迎新朋友");
        assertThat(wecom.post("externalcontact/group_welcome_template/del", Map.of("template_id", templateId))
                .path("errcode").asInt()).isZero();
        assertThat(wecom.post("externalcontact/group_welcome_template/get", Map.of("template_id", templateId))
                .path("errcode").asInt()).isNotZero();

        JsonNode groups = wecom.post("externalcontact/groupchat/list", Map.of("limit", 2));
        assertThat(groups.path("group_chat_list")).hasSize(2);
        assertThat(groups.path("next_cursor").asText()).isNotEmpty();
        String chatId = groups.path("group_chat_list").get(0).path("chat_id").asText();
        assertThat(chatId).startsWith("wr");
        JsonNode chat = wecom.post("externalcontact/groupchat/get", Map.of("chat_id", chatId, "need_name", 1));
        assertThat(chat.path("group_chat").path("member_list").size()).isGreaterThan(5);
        assertThat(chat.path("group_chat").path("member_list").get(1).has("name")).isTrue();
        assertThat(wecom.post("externalcontact/groupchat/get", Map.of("chat_id", chatId)).path("group_chat")
                .path("member_list").get(1).has("name")).isFalse();
        assertThat(wecom.post("externalcontact/groupchat/list", Map.of()).path("errcode").asInt()).isEqualTo(40063);

        JsonNode joinWay = wecom.post("externalcontact/groupchat/add_join_way", Map.of("scene", 2,
                "chat_id_list", List.of(chatId), "state", "store_poster", "remark", "门店海报进群"));
        JsonNode gotJoin = wecom.post("externalcontact/groupchat/get_join_way",
                Map.of("config_id", joinWay.path("config_id").asText()));
        assertThat(gotJoin.path("join_way").path("state").asText()).isEqualTo("store_poster");
        assertThat(gotJoin.path("join_way").path("qr_code").asText()).startsWith("https://");
        assertThat(wecom.post("externalcontact/groupchat/add_join_way", Map.of("scene", 2, "chat_id_list",
                List.of(chatId, chatId, chatId, chatId, chatId, chatId))).path("errcode").asInt()).isEqualTo(41091);

        String joinId = joinWay.path("config_id").asText();
        assertThat(wecom.post("externalcontact/groupchat/update_join_way", Map.of("config_id", joinId, "scene", 2,
                "chat_id_list", List.of(chatId), "remark", "新海报进群")).path("errcode").asInt()).isZero();
        JsonNode updated = wecom.post("externalcontact/groupchat/get_join_way", Map.of("config_id", joinId))
                .path("join_way");
        assertThat(updated.path("remark").asText()).isEqualTo("新海报进群");
        assertThat(updated.path("state").asText()).as("a full overwrite: state left out is gone").isEmpty();
        assertThat(updated.path("qr_code").asText()).isEqualTo(gotJoin.path("join_way").path("qr_code").asText());
        assertThat(wecom.post("externalcontact/groupchat/update_join_way", Map.of("config_id", "nope", "scene", 2,
                "chat_id_list", List.of(chatId))).path("errcode").asInt()).isEqualTo(40058);
        assertThat(wecom.post("externalcontact/groupchat/update_join_way", Map.of("config_id", joinId, "scene", 2))
                .path("errcode").asInt()).isEqualTo(40063);
        assertThat(wecom.post("externalcontact/groupchat/del_join_way", Map.of("config_id", joinId))
                .path("errcode").asInt()).isZero();
        assertThat(wecom.post("externalcontact/groupchat/get_join_way", Map.of("config_id", joinId))
                .path("errcode").asInt()).isEqualTo(40058);
        assertThat(wecom.post("externalcontact/groupchat/del_join_way", Map.of("config_id", joinId))
                .path("errcode").asInt()).isEqualTo(40058);

        String guide = server.model().org().followUsers().get(5).userid();
        JsonNode way = wecom.post("externalcontact/add_contact_way", Map.of("type", 1, "scene", 2,
                "state", "live_room", "remark", "直播间", "user", List.of(guide)));
        String configId = way.path("config_id").asText();
        assertThat(way.path("qr_code").asText()).isNotEmpty();
        JsonNode gotWay = wecom.post("externalcontact/get_contact_way", Map.of("config_id", configId));
        assertThat(gotWay.path("contact_way").path("user").get(0).asText()).isEqualTo(guide);
        assertThat(gotWay.path("contact_way").path("state").asText()).isEqualTo("live_room");
        JsonNode listed = wecom.post("externalcontact/list_contact_way", Map.of("limit", 100));
        assertThat(listed.path("contact_way").findValuesAsText("config_id")).contains(configId).hasSize(7);
    }

    @Test
    void messageSendReportsInvalidUsers() {
        String member = server.model().org().members().get(0).userid();
        JsonNode sent = wecom.post("message/send", Map.of("touser", member + "|GhostUser", "msgtype", "text",
                "agentid", 1000002, "text", Map.of("content", "今日待办 5 条")));
        assertThat(sent.path("errcode").asInt()).isZero();
        assertThat(sent.path("invaliduser").asText()).isEqualTo("ghostuser");
        assertThat(server.model().messageTasks().appMessages().get(0).delivered()).containsExactly(member);
        assertThat(wecom.post("message/send", Map.of("touser", "GhostUser", "msgtype", "text", "agentid", 1,
                "text", Map.of("content", "x"))).path("errcode").asInt()).isEqualTo(81013);
    }

    @Test
    void cursorsStayValidWhileCustomersArriveAndLeave() {
        List<String> reps = server.model().org().followUsers().stream().map(Member::userid).toList();
        java.util.Set<String> before = activePairs();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> duplicates = new ArrayList<>();
        String cursor = "";
        int page = 0;
        do {
            JsonNode body = wecom.post("externalcontact/batch/get_by_user",
                    Map.of("userid_list", reps, "cursor", cursor, "limit", 100));
            for (JsonNode item : body.path("external_contact_list")) {
                String pair = item.path("follow_info").path("userid").asText() + "/"
                        + item.path("external_contact").path("external_userid").asText();
                if (!seen.add(pair)) {
                    duplicates.add(pair);
                }
            }
            if (++page == 2) {
                server.advance(new AdvanceRequest(0, 60, 60, 0, 0));
            }
            cursor = body.path("next_cursor").asText();
        } while (!cursor.isEmpty());
        java.util.Set<String> throughout = new java.util.HashSet<>(before);
        throughout.retainAll(activePairs());
        assertThat(duplicates).isEmpty();
        assertThat(seen).containsAll(throughout);
        assertThat(throughout).hasSize(before.size() - 60);
    }

    private java.util.Set<String> activePairs() {
        java.util.Set<String> pairs = new java.util.HashSet<>();
        server.model().contacts().allFollows().stream().filter(f -> !f.lost())
                .forEach(f -> pairs.add(f.userid() + "/" + f.externalUserid()));
        return pairs;
    }

    @Test
    void advancingTimeBringsNewLostAndChangedRelations() {
        long before = server.now();
        JsonNode summary = wecom.admin("/sandbox/advance", Map.of("days", 1, "newContacts", 6, "lostContacts", 3,
                "tagChanges", 4, "remarkChanges", 2));
        assertThat(summary.path("now").asLong()).isEqualTo(before + 86_400);
        assertThat(summary.path("newContacts")).hasSize(6);
        assertThat(summary.path("newContacts").findValuesAsText("userid").stream().distinct().count())
                .isGreaterThan(1);
        JsonNode arrival = summary.path("newContacts").get(0);
        JsonNode list = wecom.getWithToken("externalcontact/list?userid=" + arrival.path("userid").asText());
        assertThat(list.path("external_userid").toString()).contains(arrival.path("externalUserid").asText());

        JsonNode churn = summary.path("lostContacts").get(0);
        JsonNode after = wecom.getWithToken("externalcontact/list?userid=" + churn.path("userid").asText());
        assertThat(after.path("external_userid").toString()).doesNotContain(churn.path("externalUserid").asText());
        assertThat(server.model().contacts().followsOfContact(churn.path("externalUserid").asText()).stream()
                .filter(f -> f.userid().equals(churn.path("userid").asText())).findFirst().orElseThrow().lost())
                .isTrue();

        JsonNode change = summary.path("tagChanges").get(0);
        Follow changed = server.model().contacts().activeFollow(change.path("userid").asText(),
                change.path("externalUserid").asText()).orElseThrow();
        assertThat(changed.tagIds()).contains(change.path("added").get(0).asText());
        JsonNode remark = summary.path("remarkChanges").get(0);
        assertThat(server.model().contacts().activeFollow(remark.path("userid").asText(),
                remark.path("externalUserid").asText()).orElseThrow().remark()).isEqualTo(remark.path("remark")
                .asText()).isNotEmpty();
        assertThat(wecom.admin("/sandbox/stats", null).path("contacts").asInt()).isEqualTo(606);
    }
}
