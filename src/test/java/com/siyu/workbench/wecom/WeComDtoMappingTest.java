package com.siyu.workbench.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.wecom.dto.AppMessage;
import com.siyu.workbench.wecom.dto.Attachment;
import com.siyu.workbench.wecom.dto.ContactDetail;
import com.siyu.workbench.wecom.dto.ContactWay;
import com.siyu.workbench.wecom.dto.ContactWithFollow;
import com.siyu.workbench.wecom.dto.GroupChat;
import com.siyu.workbench.wecom.dto.GroupMsg;
import com.siyu.workbench.wecom.dto.GroupWelcomeTemplate;
import com.siyu.workbench.wecom.dto.LinkContent;
import com.siyu.workbench.wecom.dto.MarkTagRequest;
import com.siyu.workbench.wecom.dto.MsgTemplateRequest;
import com.siyu.workbench.wecom.dto.RemarkRequest;
import com.siyu.workbench.wecom.dto.TextContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WeCom's field names, exactly: official examples bind, requests serialize with WeCom's names with any mapper. */
class WeComDtoMappingTest {
    private final ObjectMapper wecom = WeComClient.newMapper();
    /** The app's general mapper (no naming strategy): DTO annotations alone must produce WeCom's names. */
    private final ObjectMapper plain = Json.newMapper();

    @Test
    void batchItemBindsTheOfficialExample() throws Exception {
        ContactWithFollow item = wecom.readValue("""
                {"external_contact":{"external_userid":"woAJ2GCAAAXtWyujaWJHDDGi0mACHAAA","name":"李四",
                  "position":"Manager","corp_name":"腾讯","corp_full_name":"腾讯科技有限公司","type":2,"gender":1,
                  "unionid":"ozynqsulJFCZ2z1aYeS8h-nuasdAAA",
                  "external_profile":{"external_attr":[{"type":0,"name":"文本名称","text":{"value":"文本"}}]}},
                 "follow_info":{"userid":"rocky","remark":"李部长","description":"对接采购事务","createtime":1525779812,
                  "tag_id":["etAJ2GCAAAXtWyujaWJHDDGi0mACHAAA"],"remark_corp_name":"腾讯科技",
                  "remark_mobiles":["13800000001","13000000002"],"oper_userid":"rocky","add_way":1,
                  "state":"外联二维码1","wechat_channels":{"nickname":"x","source":1}}}""", ContactWithFollow.class);

        assertThat(item.externalContact().externalUserid()).isEqualTo("woAJ2GCAAAXtWyujaWJHDDGi0mACHAAA");
        assertThat(item.externalContact().corpFullName()).isEqualTo("腾讯科技有限公司");
        assertThat(item.externalContact().externalProfile().path("external_attr").size()).isEqualTo(1);
        assertThat(item.followInfo().createtime()).isEqualTo(1525779812L);
        assertThat(item.followInfo().remarkCorpName()).isEqualTo("腾讯科技");
        assertThat(item.followInfo().remarkMobiles()).containsExactly("13800000001", "13000000002");
        assertThat(item.followInfo().allTagIds()).containsExactly("etAJ2GCAAAXtWyujaWJHDDGi0mACHAAA");
        assertThat(item.followInfo().state()).isEqualTo("外联二维码1");
        assertThat(item.followInfo().toString()).doesNotContain("13800000001");
    }

    @Test
    void unknownAddWayIsKeptAndTagsFromGetGiveIds() throws Exception {
        ContactDetail detail = wecom.readValue("""
                {"errcode":0,"errmsg":"ok","external_contact":{"external_userid":"wmX","name":"王五","type":1},
                 "follow_user":[{"userid":"lisi","createtime":1,"add_way":17,
                   "tags":[{"group_name":"客户阶段","tag_name":"意向","tag_id":"et1","type":1},
                           {"group_name":"","tag_name":"自己的","type":2}]}]}""", ContactDetail.class);

        assertThat(detail.followUser().get(0).addWay()).isEqualTo(17);
        assertThat(detail.followUser().get(0).allTagIds()).containsExactly("et1");
        assertThat(detail.followUser().get(0).tags()).hasSize(2);
        assertThat(detail.nextCursor()).isEmpty();
    }

    @Test
    void groupMessageCreateTimeAcceptsNumberAndNumericString() throws Exception {
        GroupMsg asNumber = wecom.readValue("{\"msgid\":\"m1\",\"create_time\":1605171726}", GroupMsg.class);
        GroupMsg asString = wecom.readValue("{\"msgid\":\"m2\",\"create_time\":\"1605171726\"}", GroupMsg.class);
        GroupMsg placeholder = wecom.readValue("{\"msgid\":\"m3\",\"create_time\":\"xxxx\"}", GroupMsg.class);

        assertThat(asNumber.createTime()).isEqualTo(1605171726L);
        assertThat(asString.createTime()).isEqualTo(1605171726L);
        assertThat(placeholder.createTime()).isNull();
    }

    @Test
    void remarkWritesRemarkCompanyAndLeavesOutAbsentFields() throws Exception {
        RemarkRequest remark = new RemarkRequest("zhangsan", "wmX", "李部长", null, "腾讯科技", List.of(""), null);
        JsonNode json = plain.valueToTree(remark);

        assertThat(json.has("remark_company")).isTrue();
        assertThat(json.has("remark_corp_name")).isFalse();
        assertThat(json.has("description")).isFalse();
        assertThat(json.path("external_userid").asText()).isEqualTo("wmX");
        assertThat(json.path("remark_mobiles").get(0).asText()).isEmpty();
    }

    @Test
    void requestsUseWeComNamesWithThePlainMapperToo() throws Exception {
        assertThat(plain.writeValueAsString(new MarkTagRequest("u", "wmX", List.of("et1"), null)))
                .isEqualTo("{\"userid\":\"u\",\"external_userid\":\"wmX\",\"add_tag\":[\"et1\"]}");
        MsgTemplateRequest task = MsgTemplateRequest.single("u", List.of("wmX"), new TextContent("您好"),
                List.of(Attachment.link(new LinkContent("标题", "https://p/x.png", "描述", "https://l/x"))));
        assertThat(plain.writeValueAsString(task)).isEqualTo("{\"chat_type\":\"single\",\"external_userid\":[\"wmX\"],"
                + "\"sender\":\"u\",\"text\":{\"content\":\"您好\"},\"attachments\":[{\"msgtype\":\"link\","
                + "\"link\":{\"title\":\"标题\",\"picurl\":\"https://p/x.png\",\"desc\":\"描述\",\"url\":\"https://l/x\"}}]}");
        GroupWelcomeTemplate welcome = new GroupWelcomeTemplate(null, new TextContent("欢迎"), null, null, null, null,
                null, null, 1);
        assertThat(plain.writeValueAsString(welcome)).isEqualTo("{\"text\":{\"content\":\"欢迎\"},\"notify\":1}");
        assertThat(plain.writeValueAsString(AppMessage.text("a|b", "hi").withAgentid(1000002)))
                .isEqualTo("{\"touser\":\"a|b\",\"msgtype\":\"text\",\"agentid\":1000002,\"text\":{\"content\":\"hi\"}}");
    }

    @Test
    void nestedContactWayAndGroupChatBind() throws Exception {
        ContactWay way = wecom.treeToValue(wecom.readTree("""
                {"config_id":"42b3","type":1,"scene":2,"remark":"渠道客户","skip_verify":true,"state":"teststate",
                 "qr_code":"http://p.qpic.cn/x","user":["zhangsan"],"party":[2,3],"is_temp":false}"""),
                ContactWay.class);
        assertThat(way.configId()).isEqualTo("42b3");
        assertThat(way.party()).containsExactly(2L, 3L);
        assertThat(way.skipVerify()).isTrue();

        GroupChat chat = wecom.readValue("""
                {"chat_id":"wr1","name":"销售客服群","owner":"ZhuShengBen","create_time":1572505490,
                 "member_list":[{"userid":"abel","type":1,"join_time":1572505491,"join_scene":1,
                   "invitor":{"userid":"jack"},"group_nickname":"客服小张","name":"张三丰"}],
                 "admin_list":[{"userid":"sam"},{"userid":"pony"}],"member_version":"7121"}""", GroupChat.class);
        assertThat(chat.memberList().get(0).invitorUserid()).isEqualTo("jack");
        assertThat(chat.adminUserids()).containsExactly("sam", "pony");
    }
}
