package com.siyu.workbench.content;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * The demo texts: written the way a good guide talks — a name, a reason to write, one question, no shouting — and
 * sent at noon or just before the end of the work day, when people read.
 */
final class DemoTexts {
    private static final LocalTime NOON_START = LocalTime.of(11, 30);
    private static final LocalTime NOON_END = LocalTime.of(13, 30);
    private static final LocalTime EVENING_START = LocalTime.of(17, 30);
    private static final LocalTime EVENING_END = LocalTime.of(18, 30);

    private DemoTexts() {
    }

    static List<Map.Entry<String, ContentBody>> scripts() {
        return List.of(
                Map.entry(DemoContent.SCRIPT_NEW_CUSTOMER, ContentBody.script("新客破冰三步", "新客破冰", List.of("新客"),
                        List.of(noon(0, "{客户称呼}您好，我是{门店}的{导购姓名}，很高兴认识您～以后有尺码、搭配或者售后的问题，"
                                        + "直接在这里找我就行。"),
                                evening(1, "{客户称呼}，昨天加了您还没来得及细聊。想问问您平时更喜欢休闲一点还是通勤一点的风格？"
                                        + "我按您的喜好留意新款，有合适的再告诉您。"),
                                noon(3, "{客户称呼}，这周店里到了几款新品，我挑了两件觉得适合您的，拍了实物图给您看看？"
                                        + "不买也没关系，就当帮您参考。")))),
                Map.entry(DemoContent.SCRIPT_INTENT_FOLLOW_UP, ContentBody.script("意向商品跟进", "意向跟进",
                        List.of("有意向"),
                        List.of(noon(0, "{客户称呼}，您上次看的{意向商品}我帮您确认过了，您要的颜色和尺码都还有货。"
                                        + "需要的话我先帮您留一件？"),
                                evening(2, "{客户称呼}，关于{意向商品}，很多顾客会问洗护和尺码，我整理了一份简单说明发您，"
                                        + "有不清楚的随时问我。"),
                                noon(5, "{客户称呼}，{意向商品}这周末店里可以试穿，您方便的话过来上身看看效果，我提前帮您准备好。")))),
                Map.entry(DemoContent.SCRIPT_HIGH_TICKET, ContentBody.script("高客单长周期跟进（第0/1/3/7天）",
                        "高客单长周期跟进", List.of("高意向", "高客单"),
                        List.of(noon(0, "{客户称呼}您好，我是{门店}的{导购姓名}。{意向商品}是比较大的一笔花费，多比较、多了解是对的。"
                                        + "您比较在意哪些方面？我把相关的资料整理给您。"),
                                new ScriptStep(1, EVENING_START, EVENING_END, "{客户称呼}，昨天说到的资料我整理好了：材质、尺寸和保养方法"
                                        + "都在里面。您有空看看，有疑问我随时解答。", List.of(new Attachment.Link(
                                        "选购指南：材质、尺寸与保养", "五分钟看懂怎么挑、怎么养", null,
                                        "https://example.com/guide/buying"))),
                                noon(3, "{客户称呼}，不少顾客买之前都会来店里实际体验一下。这周六日我都在店，您方便的话可以约个时间，"
                                        + "我给您详细讲讲。"),
                                evening(7, "{客户称呼}，这段时间没打扰您，想问问{意向商品}您还在考虑吗？如果有顾虑可以跟我说说，"
                                        + "能帮上的我一定尽力。")))),
                Map.entry(DemoContent.SCRIPT_REPURCHASE, ContentBody.script("复购提醒", "复购提醒", List.of("老客"),
                        List.of(noon(0, "{客户称呼}，您上次买的商品用了一段时间了，使用上有什么问题吗？需要的话我教您几个保养的小方法。"),
                                evening(14, "{客户称呼}，按您之前的购买时间算，差不多该补货了。老顾客回购有专属价，"
                                        + "我帮您留意着，需要直接跟我说。")))),
                Map.entry(DemoContent.SCRIPT_WIN_BACK, ContentBody.script("流失客户挽回", "流失挽回", List.of("沉默客户"),
                        List.of(noon(0, "{客户称呼}，好久没联系了，最近还好吗？店里换了一批新款，也调整了售后服务，"
                                        + "想听听您对我们有什么建议。"),
                                evening(3, "{客户称呼}，之前如果有哪里让您不满意，真心向您说声抱歉。我给您申请了一张老顾客回店礼券，"
                                        + "您下次路过{门店}可以直接用。")))),
                Map.entry(DemoContent.SCRIPT_EVENT_INVITE, ContentBody.script("新品品鉴会邀约", "活动邀约", List.of(),
                        List.of(noon(0, "{客户称呼}，这个周六下午{门店}有一场新品品鉴会，人不多，可以慢慢试。"
                                        + "您有兴趣的话我给您留个位置？"),
                                evening(2, "{客户称呼}，周六的品鉴会就在明天下午两点，我在门口等您。路上有任何问题直接给我发消息就好。")))));
    }

    static ContentBody defaultWelcome() {
        return ContentBody.welcome("默认欢迎语", Scope.DEFAULT, "{客户称呼}您好，我是{门店}的{导购姓名}，谢谢您添加我～"
                + "以后您有任何关于商品、尺码或者售后的问题，都可以直接在这里问我，我看到就回复您。", List.of());
    }

    static ContentBody packageCardWelcome(String state) {
        return ContentBody.welcome("包裹卡渠道欢迎语", Scope.of(ScopeType.STATE, state), "{客户称呼}您好，谢谢您扫了包裹里的卡片加我！"
                + "我是{导购姓名}，您这次买的商品收到后有任何问题都可以找我，使用上的小技巧我也会不定期分享给您。", List.of());
    }

    static ContentBody memberGroupInvite(String chatId) {
        return ContentBody.invite("会员福利群邀请", Scope.DEFAULT, "{客户称呼}，我们有一个老顾客交流群，平时会分享搭配心得、"
                        + "新品试穿和会员活动，不刷屏。您感兴趣的话点下面的链接就能进群～", List.of(), chatId,
                "欢迎{客户昵称}加入{群名}～我是群主{导购姓名}，有问题随时@我，也欢迎大家分享穿搭心得。");
    }

    private static ScriptStep noon(int day, String text) {
        return new ScriptStep(day, NOON_START, NOON_END, text, List.of());
    }

    private static ScriptStep evening(int day, String text) {
        return new ScriptStep(day, EVENING_START, EVENING_END, text, List.of());
    }
}
