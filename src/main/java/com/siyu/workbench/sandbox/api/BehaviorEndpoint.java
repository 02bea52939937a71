package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.sandbox.data.TimeGenerator;
import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.sandbox.model.Member;
import com.siyu.workbench.sandbox.model.WeComError;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * get_user_behavior_data: one bucket per day (00:00 Asia/Shanghai) over the closed interval, span ≤30 days, history
 * ≤180 days, several members aggregated. Chat figures are drawn from (seed, member, day) so they never change;
 * {@code new_contact_cnt} and {@code negative_feedback_cnt} count the model's real arrivals and churn that day.
 */
public final class BehaviorEndpoint {
    private static final long DAY = 86_400L;

    private final ApiContext context;

    public BehaviorEndpoint(ApiContext context) {
        this.context = context;
    }

    public List<Endpoint> endpoints() {
        return List.of(Endpoint.post("externalcontact/get_user_behavior_data", this::behavior));
    }

    private ApiResponse behavior(ApiRequest request) {
        ObjectNode body = request.body();
        List<String> userids = Params.strings(body, "userid");
        List<Integer> parties = Params.ints(body, "partyid");
        if (userids.isEmpty() && parties.isEmpty()) {
            throw WeComError.missing("userid or partyid");
        }
        if (userids.size() > 100 || parties.size() > 100) {
            throw WeComError.invalidParameter("userid/partyid exceeds 100");
        }
        long start = TimeGenerator.dayStart(Params.requireNumber(body, "start_time"));
        long end = TimeGenerator.dayStart(Params.requireNumber(body, "end_time"));
        long today = TimeGenerator.dayStart(context.now());
        if (end < start || end - start > 30 * DAY) {
            throw WeComError.invalidParameter("start_time/end_time span over 30 days");
        }
        if (start < today - 180 * DAY) {
            throw WeComError.invalidParameter("start_time earlier than 180 days ago");
        }
        Set<String> members = new LinkedHashSet<>();
        for (String userid : userids) {
            members.add(context.model().org().member(userid).orElseThrow(() -> WeComError.invalidUserid(userid))
                    .userid());
        }
        context.model().org().membersIn(parties).stream().map(Member::userid).forEach(members::add);
        List<Follow> follows = members.stream().flatMap(u -> context.model().contacts().follows(u).stream())
                .toList();
        ObjectNode response = context.ok();
        ArrayNode data = response.putArray("behavior_data");
        for (long day = start; day <= Math.min(end, today); day += DAY) {
            data.add(bucket(members, follows, day));
        }
        return ApiResponse.of(response);
    }

    private ObjectNode bucket(Set<String> members, List<Follow> follows, long day) {
        long chats = 0;
        long messages = 0;
        long applies = 0;
        double replyWeighted = 0;
        long replyTimeSum = 0;
        int replying = 0;
        for (String userid : members) {
            SplittableRandom random = new SplittableRandom(context.seed() ^ userid.hashCode() * 31L ^ day);
            int chat = random.nextInt(10) == 0 ? 0 : random.nextInt(5, 40);
            chats += chat;
            messages += Math.round(chat * (1.5 + random.nextDouble() * 1.5));
            applies += random.nextInt(0, 5);
            if (chat > 0) {
                replyWeighted += chat * (60 + random.nextDouble() * 40);
                replyTimeSum += random.nextInt(1, 30);
                replying++;
            }
        }
        ObjectNode node = context.object();
        node.put("stat_time", day);
        node.put("chat_cnt", chats);
        node.put("message_cnt", messages);
        if (chats > 0) {
            node.put("reply_percentage", BigDecimal.valueOf(replyWeighted / chats).setScale(2, RoundingMode.HALF_UP));
            node.put("avg_reply_time", replyTimeSum / replying);
        }
        node.put("negative_feedback_cnt", follows.stream().filter(f -> f.lost() && inDay(f.lostAt(), day)).count());
        node.put("new_apply_cnt", applies);
        node.put("new_contact_cnt", follows.stream().filter(f -> inDay(f.createtime(), day)).count());
        return node;
    }

    private static boolean inDay(long epochSecond, long day) {
        return epochSecond >= day && epochSecond < day + DAY;
    }
}
