package com.siyu.workbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.sandbox.model.Member;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads over real loopback HTTP: shapes, paging, clamping and the errors WeCom answers with. */
class SandboxProtocolTest {
    private static final String ERRMSG_FORMAT =
            ".+, hint: \\[\\d+_\\d+_[0-9a-f]{32}\\], from ip: 127\\.0\\.0\\.1, more info at "
                    + "https://open\\.work\\.weixin\\.qq\\.com/devtool/query\\?e=-?\\d+";

    private static SandboxServer server;
    private static WeComHttp wecom;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.defaults().withContacts(12_000).withSecret("s3cr3t")
                .withClock(new MutableClock(Instant.parse("2025-03-10T02:00:00Z"))));
        wecom = new WeComHttp(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> reps() {
        return server.model().org().followUsers().stream().map(Member::userid).toList();
    }

    @Test
    void gettokenChecksCorpAndSecretAndReturnsTheSameTokenUntilExpiry() {
        JsonNode first = wecom.get("gettoken?corpid=" + server.corpId() + "&corpsecret=s3cr3t");
        JsonNode second = wecom.get("gettoken?corpid=" + server.corpId() + "&corpsecret=s3cr3t");
        assertThat(first.path("errcode").asInt()).isZero();
        assertThat(first.path("access_token").asText()).isEqualTo(second.path("access_token").asText()).hasSize(96);
        assertThat(first.path("expires_in").asLong()).isEqualTo(7200);
        assertThat(wecom.get("gettoken?corpid=" + server.corpId() + "&corpsecret=wrong").path("errcode").asInt())
                .isEqualTo(40001);
        assertThat(wecom.get("gettoken?corpid=wwnope&corpsecret=s3cr3t").path("errcode").asInt()).isEqualTo(40013);
        assertThat(wecom.get("gettoken?corpsecret=s3cr3t").path("errcode").asInt()).isEqualTo(41002);
        assertThat(wecom.get("gettoken?corpid=" + server.corpId()).path("errcode").asInt()).isEqualTo(41004);
    }

    @Test
    void tokenMustBeInTheQueryStringAndValid() {
        HttpResponse<String> missing = wecom.rawPost("externalcontact/get_corp_tag_list",
                "{\"access_token\":\"" + wecom.token() + "\"}");
        assertThat(missing.statusCode()).isEqualTo(200);
        JsonNode body = wecom.json(missing.body());
        assertThat(body.path("errcode").asInt()).isEqualTo(41001);
        assertThat(body.path("errmsg").asText()).matches(ERRMSG_FORMAT).endsWith("e=41001");
        assertThat(wecom.get("externalcontact/get_follow_user_list?access_token=forged").path("errcode").asInt())
                .isEqualTo(40014);
    }

    @Test
    void postOnlyEndpointsRefuseGetAndMalformedBodiesGetWeComErrors() {
        JsonNode get = wecom.getWithToken("externalcontact/batch/get_by_user");
        assertThat(get.path("errcode").asInt()).isEqualTo(40058);
        HttpResponse<String> malformed = wecom.rawPost("externalcontact/batch/get_by_user?access_token="
                + wecom.token(), "{\"userid_list\":[");
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThat(wecom.json(malformed.body()).path("errcode").asInt()).isEqualTo(47001);
        assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("at com.");
        JsonNode array = wecom.post("externalcontact/batch/get_by_user", "[1,2]");
        assertThat(array.path("errcode").asInt()).isEqualTo(47001);
        JsonNode wrongType = wecom.post("externalcontact/batch/get_by_user", Map.of("userid_list", "abc"));
        assertThat(wrongType.path("errcode").asInt()).isEqualTo(40058);
    }

    @Test
    void unknownPathsGetAWeComStyleError() {
        HttpResponse<String> response = wecom.rawGet("externalcontact/nope?access_token=" + wecom.token());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(wecom.json(response.body()).path("errmsg").asText()).matches(ERRMSG_FORMAT);
        assertThat(wecom.json(wecom.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.baseUrl() + "/favicon.ico")).build()).body()).has("errcode")).isTrue();
    }

    @Test
    void organisationEndpointsDescribeStoresAndRoles() {
        JsonNode departments = wecom.getWithToken("department/list");
        assertThat(departments.path("department").findValuesAsText("name")).contains("上海徐汇店", "上海静安店",
                "杭州湖滨店", "南京新街口店");
        JsonNode users = wecom.getWithToken("user/list?department_id=1&fetch_child=1");
        assertThat(users.path("userlist")).hasSize(20);
        assertThat(users.path("userlist").findValuesAsText("position")).contains("店长", "导购", "销售顾问", "内容审核",
                "运营管理员");
        JsonNode manager = null;
        for (JsonNode user : users.path("userlist")) {
            if (user.path("position").asText().equals("店长")) {
                manager = user;
            }
        }
        assertThat(manager).isNotNull();
        assertThat(manager.path("is_leader_in_dept").get(0).asInt()).isEqualTo(1);
        JsonNode simple = wecom.getWithToken("user/simplelist?department_id=10");
        assertThat(simple.path("userlist").size()).isBetween(2, 10);
        assertThat(wecom.getWithToken("user/list?department_id=999").path("errcode").asInt()).isEqualTo(60123);
    }

    @Test
    void followUserListNamesTheRepsAndListAnswers84061ForAMemberWithoutCustomers() {
        JsonNode followUsers = wecom.getWithToken("externalcontact/get_follow_user_list");
        List<String> listed = new ArrayList<>();
        followUsers.path("follow_user").forEach(n -> listed.add(n.asText()));
        assertThat(listed).isEqualTo(reps());
        String hq = server.model().org().members().stream().filter(m -> !m.customerContact()).findFirst()
                .orElseThrow().userid();
        JsonNode none = wecom.getWithToken("externalcontact/list?userid=" + hq);
        assertThat(none.path("errcode").asInt()).isEqualTo(84061);
        assertThat(none.path("external_userid").isArray()).isTrue();
        assertThat(none.path("external_userid")).isEmpty();
        JsonNode some = wecom.getWithToken("externalcontact/list?userid=" + listed.get(3));
        assertThat(some.path("external_userid").size())
                .isEqualTo(server.model().contacts().activeCustomerIds(listed.get(3)).size()).isPositive();
    }

    @Test
    void batchPagesEveryActiveRelationExactlyOnce() {
        List<String> reps = reps();
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            JsonNode page = wecom.post("externalcontact/batch/get_by_user",
                    Map.of("userid_list", reps, "cursor", cursor, "limit", 100));
            assertThat(page.path("errcode").asInt()).isZero();
            for (JsonNode item : page.path("external_contact_list")) {
                String pair = item.path("follow_info").path("userid").asText() + "/"
                        + item.path("external_contact").path("external_userid").asText();
                if (!seen.add(pair)) {
                    duplicates.add(pair);
                }
            }
            assertThat(page.path("external_contact_list").size()).isLessThanOrEqualTo(100);
            cursor = page.path("next_cursor").asText();
            pages++;
        } while (!cursor.isEmpty());
        Set<String> expected = new HashSet<>();
        for (Follow follow : server.model().contacts().allFollows()) {
            if (!follow.lost()) {
                expected.add(follow.userid() + "/" + follow.externalUserid());
            }
        }
        assertThat(duplicates).isEmpty();
        assertThat(seen).isEqualTo(expected);
        assertThat(expected.size()).isGreaterThan(12_000);
        assertThat(pages).isEqualTo((expected.size() + 99) / 100);
    }

    @Test
    void batchItemsHaveWeComsShape() {
        JsonNode page = wecom.post("externalcontact/batch/get_by_user", Map.of("userid_list", reps().subList(3, 5)));
        JsonNode item = page.path("external_contact_list").get(0);
        assertThat(item.path("external_contact").path("external_userid").asText()).matches("w[mo][A-Za-z0-9]{30}");
        assertThat(item.path("external_contact").has("name")).isTrue();
        assertThat(item.path("external_contact").path("type").asInt()).isIn(1, 2);
        JsonNode follow = item.path("follow_info");
        assertThat(follow.path("createtime").isNumber()).isTrue();
        assertThat(follow.path("tag_id").isArray()).isTrue();
        assertThat(follow.has("tags")).isFalse();
        assertThat(follow.path("remark_mobiles").isArray()).isTrue();
        assertThat(follow.path("add_way").isInt()).isTrue();
        assertThat(follow.path("oper_userid").asText()).isNotEmpty();
    }

    @Test
    void limitDefaultsTo50IsClampedTo100AndUseridListOver100IsRefused() {
        List<String> reps = reps();
        assertThat(wecom.post("externalcontact/batch/get_by_user", Map.of("userid_list", reps))
                .path("external_contact_list")).hasSize(50);
        assertThat(wecom.post("externalcontact/batch/get_by_user", Map.of("userid_list", reps, "limit", 500))
                .path("external_contact_list")).hasSize(100);
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(reps.get(i % reps.size()) + (i < reps.size() ? "" : "x" + i));
        }
        JsonNode refused = wecom.post("externalcontact/batch/get_by_user", Map.of("userid_list", tooMany));
        assertThat(refused.path("errcode").asInt()).isEqualTo(40058);
        JsonNode badCursor = wecom.post("externalcontact/batch/get_by_user",
                Map.of("userid_list", reps, "cursor", "not-a-cursor"));
        assertThat(badCursor.path("errcode").asInt()).isEqualTo(40058);
    }

    @Test
    void getReturnsFollowUsersWithNamedTagsAnd84061WhenNoRelationIsLeft() {
        Follow follow = server.model().contacts().allFollows().stream()
                .filter(f -> !f.lost() && f.tagIds().size() >= 2).findFirst().orElseThrow();
        JsonNode detail = wecom.getWithToken("externalcontact/get?external_userid=" + follow.externalUserid());
        assertThat(detail.path("errcode").asInt()).isZero();
        JsonNode mine = null;
        for (JsonNode followUser : detail.path("follow_user")) {
            if (followUser.path("userid").asText().equals(follow.userid())) {
                mine = followUser;
            }
        }
        assertThat(mine).isNotNull();
        JsonNode tag = mine.path("tags").get(0);
        assertThat(tag.path("group_name").asText()).isEqualTo("客户阶段");
        assertThat(tag.path("tag_name").asText()).isIn("新客", "意向", "成交", "复购", "沉睡");
        assertThat(tag.path("tag_id").asText()).startsWith("et");
        assertThat(tag.path("type").asInt()).isEqualTo(1);
        Follow lostOnly = server.model().contacts().allFollows().stream().filter(Follow::lost)
                .filter(f -> server.model().contacts().activeFollowsOfContact(f.externalUserid()).isEmpty())
                .findFirst().orElseThrow();
        JsonNode gone = wecom.getWithToken("externalcontact/get?external_userid=" + lostOnly.externalUserid());
        assertThat(gone.path("errcode").asInt()).isEqualTo(84061);
        assertThat(gone.path("follow_user")).isEmpty();
        assertThat(wecom.getWithToken("externalcontact/get?external_userid=wmUnknown").path("errcode").asInt())
                .isEqualTo(40096);
    }

    @Test
    void lostRelationsAreMissingFromListAndBatch() {
        Follow lost = server.model().contacts().allFollows().stream().filter(Follow::lost).findFirst().orElseThrow();
        JsonNode list = wecom.getWithToken("externalcontact/list?userid=" + lost.userid());
        List<String> ids = new ArrayList<>();
        list.path("external_userid").forEach(n -> ids.add(n.asText()));
        assertThat(ids).doesNotContain(lost.externalUserid());
    }

    @Test
    void behaviorDataHasOneBucketPerDayAtMidnightShanghai() {
        long day = java.time.LocalDate.parse("2025-03-01").atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
                .toEpochSecond();
        JsonNode data = wecom.post("externalcontact/get_user_behavior_data",
                Map.of("userid", reps().subList(3, 5), "start_time", day + 3600, "end_time", day + 6 * 86_400));
        assertThat(data.path("behavior_data")).hasSize(7);
        assertThat(data.path("behavior_data").get(0).path("stat_time").asLong()).isEqualTo(day);
        assertThat(data.path("behavior_data").get(6).path("stat_time").asLong()).isEqualTo(day + 6 * 86_400);
        JsonNode again = wecom.post("externalcontact/get_user_behavior_data",
                Map.of("userid", reps().subList(3, 5), "start_time", day, "end_time", day + 6 * 86_400));
        assertThat(again.path("behavior_data")).isEqualTo(data.path("behavior_data"));
        JsonNode tooLong = wecom.post("externalcontact/get_user_behavior_data",
                Map.of("userid", reps().subList(3, 5), "start_time", day - 40 * 86_400, "end_time", day));
        assertThat(tooLong.path("errcode").asInt()).isEqualTo(40058);
        assertThat(wecom.post("externalcontact/get_user_behavior_data", Map.of("start_time", day, "end_time", day))
                .path("errcode").asInt()).isEqualTo(40063);
    }

    @Test
    void expiredTokensAnswer42001AndANewOneIsIssued() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2025-03-10T02:00:00Z"));
        try (SandboxServer shortLived = SandboxServer.start(SandboxConfig.defaults().withContacts(50)
                .withTokenTtl(Duration.ofSeconds(600)).withClock(clock))) {
            WeComHttp client = new WeComHttp(shortLived);
            String token = client.token();
            assertThat(client.getWithToken("externalcontact/get_follow_user_list").path("errcode").asInt()).isZero();
            clock.advance(Duration.ofSeconds(599));
            assertThat(client.getWithToken("externalcontact/get_follow_user_list").path("errcode").asInt()).isZero();
            clock.advance(Duration.ofSeconds(1));
            assertThat(client.getWithToken("externalcontact/get_follow_user_list").path("errcode").asInt())
                    .isEqualTo(42001);
            JsonNode renewed = client.get("gettoken?corpid=" + shortLived.corpId() + "&corpsecret="
                    + shortLived.secret());
            assertThat(renewed.path("access_token").asText()).isNotEqualTo(token);
            String fresh = renewed.path("access_token").asText();
            assertThat(client.get("externalcontact/get_follow_user_list?access_token=" + fresh).path("errcode")
                    .asInt()).isZero();
            assertThat(client.admin("/sandbox/expire-tokens", Map.of()).path("expired").asInt()).isEqualTo(1);
            assertThat(client.get("externalcontact/get_follow_user_list?access_token=" + fresh).path("errcode")
                    .asInt()).isEqualTo(42001);
        }
    }

    @Test
    void callsBeyondThePerMinuteLimitGet45009UntilTheMinuteIsOver() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2025-03-10T02:00:00Z"));
        try (SandboxServer limited = SandboxServer.start(SandboxConfig.defaults().withContacts(50)
                .withRateLimitPerMinute(5).withClock(clock))) {
            WeComHttp client = new WeComHttp(limited);
            client.token();
            List<Integer> codes = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                codes.add(client.getWithToken("externalcontact/get_follow_user_list").path("errcode").asInt());
            }
            assertThat(codes).containsExactly(0, 0, 0, 0, 0, 45009, 45009);
            assertThat(client.getWithToken("department/list").path("errcode").asInt()).isZero();
            clock.advance(Duration.ofSeconds(60));
            assertThat(client.getWithToken("externalcontact/get_follow_user_list").path("errcode").asInt()).isZero();
        }
    }
}
