package com.siyu.workbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.sandbox.model.Member;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import me.chanjar.weixin.cp.api.WxCpExternalContactService;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.bean.external.WxCpMsgTemplate;
import me.chanjar.weixin.cp.bean.external.WxCpMsgTemplateAddResult;
import me.chanjar.weixin.cp.bean.external.WxCpUserExternalTagGroupList;
import me.chanjar.weixin.cp.bean.external.contact.WxCpExternalContactBatchInfo;
import me.chanjar.weixin.cp.bean.external.contact.WxCpExternalContactInfo;
import me.chanjar.weixin.cp.bean.external.contact.WxCpGroupMsgTaskResult;
import me.chanjar.weixin.cp.bean.external.msg.Text;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A standard third-party WeCom SDK (WxJava's weixin-java-cp), unchanged except for its base API URL, works against
 * the sandbox: token, paging every contact, tags, mark_tag and a message task.
 */
class WxJavaSdkTest {
    private static SandboxServer server;
    private static WxCpService wxCp;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.defaults().withContacts(1500)
                .withClock(new MutableClock(Instant.parse("2025-03-10T02:00:00Z"))));
        WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
        config.setCorpId(server.corpId());
        config.setCorpSecret(server.secret());
        config.setAgentId(1000002);
        config.setBaseApiUrl(server.baseUrl());
        wxCp = new WxCpServiceImpl();
        wxCp.setWxCpConfigStorage(config);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WxCpExternalContactService contacts() {
        return wxCp.getExternalContactService();
    }

    @Test
    void fetchesATokenAndKeepsUsingIt() throws Exception {
        String token = wxCp.getAccessToken();
        assertThat(token).hasSize(96);
        assertThat(wxCp.getAccessToken()).isEqualTo(token);
        server.expireTokens();
        assertThat(contacts().listFollowers()).isNotEmpty();
        assertThat(wxCp.getAccessToken()).isNotEqualTo(token);
    }

    @Test
    void pagesEveryContactWithBatchGetByUser() throws Exception {
        List<String> reps = contacts().listFollowers();
        assertThat(reps).isEqualTo(server.model().org().followUsers().stream().map(Member::userid).toList());
        Set<String> pairs = new HashSet<>();
        String cursor = null;
        do {
            WxCpExternalContactBatchInfo page = contacts().getContactDetailBatch(reps.toArray(String[]::new),
                    cursor, 100);
            for (WxCpExternalContactBatchInfo.ExternalContactInfo info : page.getExternalContactList()) {
                assertThat(pairs.add(info.getFollowInfo().getUserId() + "/"
                        + info.getExternalContact().getExternalUserId())).isTrue();
                assertThat(info.getFollowInfo().getCreateTime()).isPositive();
                assertThat(info.getFollowInfo().getTagIds()).isNotEmpty();
            }
            cursor = page.getNextCursor();
        } while (cursor != null && !cursor.isEmpty());
        long active = server.model().contacts().allFollows().stream().filter(f -> !f.lost()).count();
        assertThat(pairs).hasSize((int) active);
    }

    @Test
    void readsTagsAndMarksOne() throws Exception {
        WxCpUserExternalTagGroupList groups = contacts().getCorpTagList(null);
        assertThat(groups.getTagGroupList()).extracting(WxCpUserExternalTagGroupList.TagGroup::getGroupName)
                .containsExactly("客户阶段", "意向商品", "来源渠道", "会员等级");
        String vip = groups.getTagGroupList().get(3).getTag().stream().filter(t -> t.getName().equals("黑钻"))
                .findFirst().orElseThrow().getId();
        Follow follow = server.model().contacts().allFollows().stream()
                .filter(f -> !f.lost() && !f.tagIds().contains(vip)).findFirst().orElseThrow();
        assertThat(contacts().markTag(follow.userid(), follow.externalUserid(), new String[] {vip}, null)
                .getErrcode()).isZero();
        WxCpExternalContactInfo detail = contacts().getContactDetail(follow.externalUserid(), null);
        List<String> tagNames = new ArrayList<>();
        detail.getFollowedUsers().stream().filter(u -> u.getUserId().equals(follow.userid()))
                .forEach(u -> List.of(u.getTags()).forEach(t -> tagNames.add(t.getTagName())));
        assertThat(tagNames).contains("黑钻");
        assertThat(server.model().contacts().activeFollow(follow.userid(), follow.externalUserid()).orElseThrow()
                .tagIds()).contains(vip);
    }

    @Test
    void createsAMessageTaskAndSeesItsPerMemberStatus() throws Exception {
        String rep = server.model().org().followUsers().get(5).userid();
        List<String> customers = server.model().contacts().activeCustomerIds(rep).subList(0, 3);
        WxCpMsgTemplate template = new WxCpMsgTemplate();
        template.setChatType("single");
        template.setSender(rep);
        template.setExternalUserid(customers);
        template.setText(new Text().setContent("春季新品到店，欢迎来试"));
        WxCpMsgTemplateAddResult result = contacts().addMsgTemplate(template);
        assertThat(result.getMsgId()).startsWith("msg");
        assertThat(result.getFailList()).isEmpty();
        WxCpGroupMsgTaskResult tasks = contacts().getGroupMsgTask(result.getMsgId(), null, null);
        assertThat(tasks.getTaskList()).hasSize(1);
        assertThat(tasks.getTaskList().get(0).getUserId()).isEqualTo(rep);
        assertThat(tasks.getTaskList().get(0).getStatus()).isZero();
        server.confirmSends(1.0);
        assertThat(contacts().getGroupMsgTask(result.getMsgId(), null, null).getTaskList().get(0).getStatus())
                .isEqualTo(2);
    }
}
