package com.siyu.workbench.queue;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic, deterministic local copy for one store: corp tags (stage, interest, level), channels, approved demo
 * content under the content feature's stable ids, and N customers of a guide with tags, touches, orders and churn
 * spread over two years. Used by the screenshots, the keyboard walk-through test and the benchmark.
 */
public final class QueueDemo {
    private static final String[] SURNAMES = {"李", "王", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "林", "高", "罗"};
    private static final String[] GIVEN = {"晓雯", "思琪", "婷婷", "雨欣", "佳怡", "子涵", "欣怡", "梦瑶", "静", "丽",
        "敏", "芳", "娜", "秀英", "桂英", "建华", "伟", "强", "磊", "洋", "艳", "勇", "军", "杰"};
    private static final String[] NICK = {"Lily🌸", "小鹿", "阳光明媚", "Cindy", "木子", "一颗柠檬", "Amy", "喵喵",
        "晴天", "Momo", "安静的猫", "Grace", "小雨点", "Vivian", "暖暖"};
    private static final String[] STATES = {"store-xuhui", "card-package", "live-1111", "mall-event"};

    private QueueDemo() {
    }

    /** Tags, channels and approved content; idempotent. */
    public static void catalogue(Database db) {
        db.write(c -> {
            group(c, "g-stage", "客户阶段", 1, "st-new", "新客", "st-intent", "意向", "st-hot", "高意向",
                    "st-won", "已成交", "st-vip", "复购老客");
            group(c, "g-intent", "意向商品", 2, "in-cream", "修护面霜", "in-serum", "精华液", "in-sun", "防晒霜",
                    "in-mask", "面膜");
            group(c, "g-level", "会员等级", 3, "lv-silver", "银卡", "lv-gold", "金卡", "lv-diamond", "钻石卡");
            group(c, "g-skin", "肤质", 4, "sk-dry", "干皮", "sk-oily", "油皮", "sk-sensitive", "敏感肌");
            channel(c, "store-xuhui", "徐汇店门口海报");
            channel(c, "card-package", "包裹卡");
            channel(c, "live-1111", "双11直播间");
            channel(c, "mall-event", "商场快闪活动");
            Sql.update(c, "INSERT OR IGNORE INTO customer_groups (chat_id, name, synced_at) VALUES"
                    + " ('chat-vip', '徐汇店会员福利群', 0)");
            script(c, "script-new-customer", "新客 1v1 剧本", 3,
                    0, "{客户称呼}好，我是{门店}的{导购姓名}～以后护肤上有任何问题都可以随时找我。方便说说您平时更在意补水还是抗老吗？我帮您留意合适的。",
                    1, "{客户称呼}，昨天聊到的{意向商品}，我整理了几条使用小贴士：洁面后先用化妆水，再取黄豆大小，由内向外轻轻推开。您试试看～",
                    3, "{客户称呼}，这几天用下来感觉怎么样？有任何不舒服或者疑问直接告诉我，我帮您看看。",
                    7, "{客户称呼}，这周末店里有会员皮肤检测，免费的，大概 20 分钟。您有空的话我帮您约个时间？");
            script(c, "script-intent-follow-up", "意向商品跟进", 2,
                    0, "{客户称呼}，您看的{意向商品}我帮您确认了，现在有现货。想先要小样试试也可以，我给您留一份～",
                    1, "{客户称呼}，{意向商品}很多老客户反馈用一周左右就能感觉到变化，我把几位客户的真实反馈发您参考一下。",
                    3, "{客户称呼}，{意向商品}这周会员价还在，周日结束。需要的话回我一句，我直接帮您下单寄到家。");
            script(c, "script-high-ticket", "高客单长周期跟进", 1,
                    0, "{客户称呼}，之前您问的{意向商品}套装，我把成分和使用周期整理成了一页，您有空的时候看看。",
                    3, "{客户称呼}，这类套装一般建议先做一次肤质检测再决定，{门店}可以免费做，您看哪天方便？",
                    7, "{客户称呼}，上次提到的问题我跟品牌的护肤顾问确认过了，结论是……您方便的时候我电话跟您说更清楚。",
                    14, "{客户称呼}，本月套装有分期免息，不着急决定，我先帮您把名额留着。");
            script(c, "script-repurchase", "复购提醒", 2,
                    0, "{客户称呼}，上次带走的{意向商品}差不多该用完了吧？老客户这周回购有会员价，需要的话我先帮您留一份。");
            script(c, "script-win-back", "沉默客户挽回", 1,
                    0, "{客户称呼}，好久没跟您聊啦～最近店里到了几款秋冬修护的新品，给您留了小样，路过{门店}可以来拿。");
            script(c, "script-event-invite", "活动邀约", 1,
                    0, "{客户称呼}，本周六下午{门店}有一场护肤小课堂，讲换季敏感怎么护理，名额不多，要不要给您留一个位置？");
            single(c, "welcome-default", "WELCOME", "默认欢迎语",
                    "您好，我是{门店}的{导购姓名}，很高兴认识您！护肤上有任何问题随时找我～", null);
            single(c, "invite-member-group", "INVITE", "会员福利群邀请",
                    "{客户称呼}，我们有个{群名}，每周发会员专属福利和护肤干货，不刷屏。邀请您进来看看～", "chat-vip");
        });
    }

    /**
     * {@code count} customers of {@code member}, the newest added in the morning of {@code today}.
     *
     * @param now the clock's instant; touches, orders and additions are all before it
     */
    public static List<String> customers(Database db, String member, int count, Instant now, long seed) {
        return customers(db, member, count, now, seed, 1.4);
    }

    /**
     * @param skew how much newer customers outnumber older ones: 1.0 spreads additions evenly over two years (a
     *             settled store), larger values favour recent weeks (a store that is growing)
     */
    public static List<String> customers(Database db, String member, int count, Instant now, long seed,
                                         double skew) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>(count);
        db.write(c -> {
            List<Object[]> contacts = new ArrayList<>();
            List<Object[]> follows = new ArrayList<>();
            List<Object[]> tags = new ArrayList<>();
            List<Object[]> touches = new ArrayList<>();
            List<Object[]> orders = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String id = "wm" + member + String.format("%06d", i);
                ids.add(id);
                String surname = SURNAMES[random.nextInt(SURNAMES.length)];
                String name = random.nextInt(3) == 0 ? NICK[random.nextInt(NICK.length)]
                        : surname + GIVEN[random.nextInt(GIVEN.length)];
                String remark = random.nextInt(3) == 0 ? null
                        : surname + (random.nextBoolean() ? "姐" : random.nextBoolean() ? "女士" : "先生");
                long ageMinutes = i < 6 ? 30L + i * 25 : (long) (Math.pow(random.nextDouble(), skew) * 730 * 1440);
                Instant added = now.minusSeconds(ageMinutes * 60);
                boolean lost = random.nextInt(100) < 8 && ageMinutes > 2 * 1440;
                contacts.add(new Object[] {id, name, added});
                follows.add(new Object[] {id, member, remark, random.nextInt(6) == 0 ? "生日 " + (1 + random.nextInt(12))
                        + "-" + (1 + random.nextInt(28)) : null, added, STATES[random.nextInt(STATES.length)],
                        lost ? "LOST" : "ACTIVE", lost ? now.minusSeconds(random.nextInt(30) * 86_400L) : null, added});
                tags.add(new Object[] {id, member, stage(random, ageMinutes)});
                if (random.nextInt(3) > 0) {
                    tags.add(new Object[] {id, member, "in-" + new String[] {"cream", "serum", "sun", "mask"}[random.nextInt(4)]});
                }
                if (random.nextInt(3) == 0) {
                    tags.add(new Object[] {id, member, "lv-" + new String[] {"silver", "gold", "diamond"}[random.nextInt(3)]});
                }
                if (random.nextInt(2) == 0) {
                    tags.add(new Object[] {id, member, "sk-" + new String[] {"dry", "oily", "sensitive"}[random.nextInt(3)]});
                }
                int touchCount = i < 6 ? 0 : random.nextInt(6);
                for (int t = 0; t < touchCount; t++) {
                    long back = (long) (random.nextDouble() * Math.max(1, ageMinutes - 60)) * 60;
                    touches.add(new Object[] {id, member, t % 4 == 3 ? "REPLIED" : "SENT", now.minusSeconds(back)});
                }
                if (random.nextInt(10) < 3 && ageMinutes > 3 * 1440) {
                    long back = (long) (random.nextDouble() * (ageMinutes - 1440)) * 60;
                    orders.add(new Object[] {"o-" + id, now.minusSeconds(back), 9900 + random.nextInt(90000), id,
                            now});
                }
            }
            Sql.batch(c, "INSERT OR IGNORE INTO contacts (external_userid, name, type, updated_at) VALUES (?, ?, 1, ?)",
                    contacts);
            Sql.batch(c, "INSERT OR IGNORE INTO follows (external_userid, userid, remark, description, added_at, state,"
                    + " status, lost_at, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", follows);
            Sql.batch(c, "INSERT OR IGNORE INTO follow_tags (external_userid, userid, tag_id) VALUES (?, ?, ?)", tags);
            Sql.batch(c, "INSERT INTO contact_touches (external_userid, userid, kind, touched_at) VALUES (?, ?, ?, ?)",
                    touches);
            Sql.batch(c, "INSERT OR IGNORE INTO orders (order_id, ordered_at, amount_cents, external_userid, imported_at)"
                    + " VALUES (?, ?, ?, ?, ?)", orders);
        });
        return ids;
    }

    private static String stage(Random random, long ageMinutes) {
        if (ageMinutes < 3 * 1440) {
            return "st-new";
        }
        return new String[] {"st-intent", "st-hot", "st-won", "st-vip", "st-intent"}[random.nextInt(5)];
    }

    private static void group(Connection c, String id, String name, int order, String... tagIdsAndNames)
            throws SQLException {
        Sql.update(c, "INSERT OR IGNORE INTO tag_groups (group_id, name, sort_order) VALUES (?, ?, ?)", id, name, order);
        for (int i = 0; i < tagIdsAndNames.length; i += 2) {
            Sql.update(c, "INSERT OR IGNORE INTO tags (tag_id, group_id, name, sort_order) VALUES (?, ?, ?, ?)",
                    tagIdsAndNames[i], id, tagIdsAndNames[i + 1], i);
        }
    }

    private static void channel(Connection c, String state, String name) throws SQLException {
        Sql.update(c, "INSERT OR IGNORE INTO channels (state, name, updated_at) VALUES (?, ?, 0)", state, name);
    }

    private static void script(Connection c, String id, String name, int version, Object... steps)
            throws SQLException {
        if (!item(c, id, "SCRIPT", name, version, null, null)) {
            return;
        }
        for (int i = 0; i < steps.length; i += 2) {
            Sql.update(c, "INSERT INTO script_steps (content_id, version, step_no, day_offset, text) VALUES (?, ?, ?, ?, ?)",
                    id, version, i / 2 + 1, steps[i], steps[i + 1]);
        }
    }

    private static void single(Connection c, String id, String type, String name, String text, String chat)
            throws SQLException {
        item(c, id, type, name, 1, text, chat);
    }

    private static boolean item(Connection c, String id, String type, String name, int version, String text,
                                String chat) throws SQLException {
        if (Sql.update(c, "INSERT OR IGNORE INTO content_items (id, type, name, created_by, created_at,"
                + " approved_version) VALUES (?, ?, ?, 'liuyan', 0, ?)", id, type, name, version) == 0) {
            return false;
        }
        Sql.update(c, "INSERT INTO content_versions (content_id, version, status, name, text, target_chat_id, author,"
                + " created_at) VALUES (?, ?, 'APPROVED', ?, ?, ?, 'liuyan', 0)", id, version, name, text, chat);
        return true;
    }
}
