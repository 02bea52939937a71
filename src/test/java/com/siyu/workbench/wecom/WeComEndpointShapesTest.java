package com.siyu.workbench.wecom;

import static com.siyu.workbench.wecom.ScriptedWeCom.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.wecom.dto.AddCorpTagRequest;
import com.siyu.workbench.wecom.dto.AppMessage;
import com.siyu.workbench.wecom.dto.BehaviorQuery;
import com.siyu.workbench.wecom.dto.ContactWay;
import com.siyu.workbench.wecom.dto.EditCorpTagRequest;
import com.siyu.workbench.wecom.dto.GroupChatListQuery;
import com.siyu.workbench.wecom.dto.GroupMsgListQuery;
import com.siyu.workbench.wecom.dto.GroupWelcomeTemplate;
import com.siyu.workbench.wecom.dto.JoinWay;
import com.siyu.workbench.wecom.dto.NewCorpTag;
import com.siyu.workbench.wecom.dto.TextContent;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each endpoint: the method, path, query or body WeCom documents, and the answer bound to the right fields. */
class WeComEndpointShapesTest {
    private ClientFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = new ClientFixture();
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    private RecordedRequest last() {
        List<RecordedRequest> all = fx.wecom.apiRequests();
        return all.get(all.size() - 1);
    }

    private String lastBody() {
        return last().getBody().readUtf8();
    }

    @Test
    void orgEndpointsAreGetsWithQueryParameters() {
        fx.wecom.api(json("{\"errcode\":0,\"userlist\":[{\"userid\":\"zhangsan\",\"name\":\"张三\","
                + "\"department\":[1,2],\"mobile\":\"13800000000\"}]}"));
        var users = fx.client.listUsers(1, true);
        assertThat(users.get(0).department()).containsExactly(1L, 2L);
        assertThat(users.get(0).toString()).doesNotContain("13800000000");
        assertThat(last().getMethod()).isEqualTo("GET");
        assertThat(last().getRequestUrl().encodedPath()).isEqualTo("/cgi-bin/user/list");
        assertThat(last().getRequestUrl().queryParameter("department_id")).isEqualTo("1");
        assertThat(last().getRequestUrl().queryParameter("fetch_child")).isEqualTo("1");

        fx.wecom.api(json("{\"errcode\":0,\"department\":[{\"id\":2,\"name\":\"广州研发中心\",\"name_en\":\"RDGZ\","
                + "\"parentid\":1,\"order\":10}]}"));
        var departments = fx.client.listDepartments(null);
        assertThat(departments.get(0).nameEn()).isEqualTo("RDGZ");
        assertThat(last().getRequestUrl().querySize()).isEqualTo(1); // access_token only
    }

    @Test
    void getContactPassesTheCursorOnlyWhenThereIsOne() {
        fx.wecom.api(json("{\"errcode\":0,\"external_contact\":{\"external_userid\":\"wmX\"},\"follow_user\":[]}"));
        fx.client.getContact("wmX", null);
        assertThat(last().getRequestUrl().queryParameter("external_userid")).isEqualTo("wmX");
        assertThat(last().getRequestUrl().queryParameter("cursor")).isNull();
        fx.client.getContact("wmX", "C2");
        assertThat(last().getRequestUrl().queryParameter("cursor")).isEqualTo("C2");
    }

    @Test
    void batchRefusesMoreThanOneHundredUseridsAndClampsTheLimit() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add("u" + i);
        }
        assertThatThrownBy(() -> fx.client.batchGetByUser(many, "", 100))
                .isInstanceOf(IllegalArgumentException.class);
        fx.client.batchGetByUser(many.subList(0, 100), "CUR", 500);
        assertThat(lastBody()).contains("\"cursor\":\"CUR\"").contains("\"limit\":100");
    }

    @Test
    void tagEndpoints() {
        fx.wecom.api(json("{\"errcode\":0,\"tag_group\":[{\"group_id\":\"g1\",\"group_name\":\"客户阶段\","
                + "\"create_time\":1557838797,\"order\":1,\"tag\":[{\"id\":\"et1\",\"name\":\"意向\",\"order\":2}]}]}"));
        var groups = fx.client.getCorpTagList(null, List.of("g1"));
        assertThat(groups.get(0).tag().get(0).name()).isEqualTo("意向");
        assertThat(lastBody()).isEqualTo("{\"group_id\":[\"g1\"]}");

        fx.wecom.api(json("{\"errcode\":0,\"tag_group\":{\"group_id\":\"g2\",\"group_name\":\"会员等级\","
                + "\"tag\":[{\"id\":\"et9\",\"name\":\"金卡\"}]}}"));
        var created = fx.client.addCorpTag(new AddCorpTagRequest(null, "会员等级", null,
                List.of(new NewCorpTag("金卡", null)), null));
        assertThat(created.tag().get(0).id()).isEqualTo("et9");
        assertThat(lastBody()).isEqualTo("{\"group_name\":\"会员等级\",\"tag\":[{\"name\":\"金卡\"}]}");

        fx.client.editCorpTag(new EditCorpTagRequest("et9", "黑金卡", null, null));
        assertThat(last().getRequestUrl().encodedPath()).endsWith("/edit_corp_tag");
        fx.client.delCorpTag(List.of("et9"), null);
        assertThat(lastBody()).isEqualTo("{\"tag_id\":[\"et9\"]}");
        assertThatThrownBy(() -> fx.client.delCorpTag(List.of(), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void massSendEndpoints() {
        fx.wecom.api(json("{\"errcode\":0,\"next_cursor\":\"\",\"group_msg_list\":[{\"msgid\":\"msg1\","
                + "\"create_time\":\"1605171726\",\"create_type\":0,\"text\":{\"content\":\"hi\"}}]}"));
        var page = fx.client.getGroupMsgListV2(GroupMsgListQuery.single(1605171000L, 1605172726L), "", 500);
        assertThat(page.items().get(0).createTime()).isEqualTo(1605171726L);
        assertThat(page.hasMore()).isFalse();
        assertThat(lastBody()).isEqualTo("{\"chat_type\":\"single\",\"start_time\":1605171000,"
                + "\"end_time\":1605172726,\"limit\":100}");

        fx.wecom.api(json("{\"errcode\":0,\"next_cursor\":\"N\",\"task_list\":[{\"userid\":\"zhangsan\",\"status\":1,"
                + "\"send_time\":1605172726},{\"userid\":\"lisi\",\"status\":0}]}"));
        var tasks = fx.client.getGroupMsgTask("msg1", "", 1000);
        assertThat(tasks.items()).extracting(t -> t.sent()).containsExactly(true, false);
        assertThat(tasks.nextCursor()).isEqualTo("N");

        fx.wecom.api(json("{\"errcode\":0,\"send_list\":[{\"external_userid\":\"wmX\",\"userid\":\"zhangsan\","
                + "\"status\":2}]}"));
        var results = fx.client.getGroupMsgSendResult("msg1", "zhangsan", "N", 1000);
        assertThat(results.items().get(0).status()).isEqualTo(2);
        assertThat(lastBody()).isEqualTo("{\"msgid\":\"msg1\",\"userid\":\"zhangsan\",\"limit\":1000,\"cursor\":\"N\"}");
    }

    @Test
    void welcomeTemplateEndpoints() {
        fx.wecom.api(json("{\"errcode\":0,\"template_id\":\"msgT\"}"));
        GroupWelcomeTemplate template = new GroupWelcomeTemplate(null, new TextContent("欢迎%NICKNAME%"), null, null,
                null, null, null, null, null);
        assertThat(fx.client.addGroupWelcomeTemplate(template)).isEqualTo("msgT");
        fx.client.editGroupWelcomeTemplate(template.withTemplateId("msgT"));
        assertThat(lastBody()).startsWith("{\"template_id\":\"msgT\"");
        assertThatThrownBy(() -> fx.client.editGroupWelcomeTemplate(template))
                .isInstanceOf(IllegalArgumentException.class);
        fx.wecom.api(json("{\"errcode\":0,\"text\":{\"content\":\"欢迎%NICKNAME%\"},\"image\":{\"pic_url\":\"http://x\"}}"));
        var read = fx.client.getGroupWelcomeTemplate("msgT");
        assertThat(read.templateId()).isEqualTo("msgT");
        assertThat(read.image().picUrl()).isEqualTo("http://x");
        fx.client.delGroupWelcomeTemplate("msgT");
        assertThat(last().getRequestUrl().encodedPath()).endsWith("/group_welcome_template/del");
    }

    @Test
    void groupChatAndJoinWayEndpoints() {
        fx.wecom.api(json("{\"errcode\":0,\"group_chat_list\":[{\"chat_id\":\"wr1\",\"status\":0}],"
                + "\"next_cursor\":\"\"}"));
        var chats = fx.client.listGroupChats(new GroupChatListQuery(0, List.of("abel")), "", 1000);
        assertThat(chats.items().get(0).chatId()).isEqualTo("wr1");
        assertThat(lastBody()).isEqualTo("{\"status_filter\":0,\"owner_filter\":{\"userid_list\":[\"abel\"]},"
                + "\"limit\":1000}");
        fx.wecom.api(json("{\"errcode\":0,\"group_chat\":{\"chat_id\":\"wr1\",\"name\":\"群\",\"member_list\":[]}}"));
        assertThat(fx.client.getGroupChat("wr1", true).name()).isEqualTo("群");
        assertThat(lastBody()).isEqualTo("{\"chat_id\":\"wr1\",\"need_name\":1}");
        fx.wecom.api(json("{\"errcode\":0,\"config_id\":\"9ad7\"}"));
        assertThat(fx.client.addJoinWay(new JoinWay(null, 2, "门店群", 1, "门店群", 1L, List.of("wr1"), null, "s1")))
                .isEqualTo("9ad7");
        fx.wecom.api(json("{\"errcode\":0,\"join_way\":{\"config_id\":\"9ad7\",\"scene\":2,\"chat_id_list\":[\"wr1\"],"
                + "\"qr_code\":\"http://q\",\"state\":\"s1\"}}"));
        assertThat(fx.client.getJoinWay("9ad7").state()).isEqualTo("s1");
    }

    @Test
    void contactWayStatsAndMessageEndpoints() {
        fx.wecom.api(json("{\"errcode\":0,\"config_id\":\"42b3\",\"qr_code\":\"http://qr\"}"));
        assertThat(fx.client.addContactWay(ContactWay.qrCode("zhangsan", "mall-01", "商场海报")).configId())
                .isEqualTo("42b3");
        assertThat(lastBody()).contains("\"state\":\"mall-01\"").contains("\"user\":[\"zhangsan\"]");
        fx.wecom.api(json("{\"errcode\":0,\"contact_way\":{\"config_id\":\"42b3\",\"state\":\"mall-01\"}}"));
        assertThat(fx.client.getContactWay("42b3").state()).isEqualTo("mall-01");
        fx.wecom.api(json("{\"errcode\":0,\"contact_way\":[{\"config_id\":\"a\"},{\"config_id\":\"b\"}],"
                + "\"next_cursor\":\"c\"}"));
        var ways = fx.client.listContactWays(null, null, "", 1000);
        assertThat(ways.items()).containsExactly("a", "b");

        fx.wecom.api(json("{\"errcode\":0,\"behavior_data\":[{\"stat_time\":1536508800,\"chat_cnt\":100,"
                + "\"message_cnt\":80,\"reply_percentage\":60.25,\"avg_reply_time\":1,\"negative_feedback_cnt\":0,"
                + "\"new_apply_cnt\":6,\"new_contact_cnt\":5},{\"stat_time\":1536595200,\"chat_cnt\":0}]}"));
        var days = fx.client.getUserBehaviorData(new BehaviorQuery(List.of("zhangsan"), null, 1536508800L,
                1536595200L));
        assertThat(days.get(0).replyPercentage()).isEqualTo(60.25);
        assertThat(days.get(1).replyPercentage()).isNull();

        fx.wecom.api(json("{\"errcode\":0,\"invaliduser\":\"ghost\",\"msgid\":\"m1\"}"));
        var sent = fx.client.sendAppMessage(AppMessage.text("zhangsan|ghost", "今日待办 5 条"));
        assertThat(sent.invaliduser()).isEqualTo("ghost");
        assertThat(lastBody()).contains("\"agentid\":1000002");
    }
}
