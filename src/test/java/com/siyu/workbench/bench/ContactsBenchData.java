package com.siyu.workbench.bench;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a realistic chain's customer base straight into SQLite, the way sync would write it: stores with a lead
 * and guides, corp tag groups (客户阶段, 意向商品, 会员等级, 兴趣), channels, and customers with Chinese nicknames,
 * remarks, descriptions, phones, 2–5 tags and some local notes. Deterministic for a seed.
 */
public final class ContactsBenchData {
    static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split("");
    static final String[] GIVEN = "雯婷丽娜静敏燕艳芳娟霞秀英华玲红梅琳洁欣怡悦涵萱佳雪晶颖倩慧莉月琪彤雅楠思雨晓明伟强磊军洋勇杰涛超浩鹏辉刚宇轩子睿博文凯航哲".split("");
    static final String[] NICK_WORDS = {"小鱼儿", "快乐每一天", "花开半夏", "Lily", "阳光", "静待花开", "向日葵", "木子",
        "一路向北", "橙子", "Coco", "云淡风轻", "岁月静好", "甜甜圈", "小太阳", "追梦人", "简单", "糖糖", "Amy", "浅笑"};
    static final String[] PRODUCTS = {"口红", "精华液", "面霜", "眼霜", "粉底液", "防晒霜", "香水", "洁面乳", "面膜",
        "卸妆水", "身体乳", "护手霜", "唇釉", "腮红", "眉笔", "睫毛膏", "散粉", "爽肤水", "乳液", "安瓶"};
    static final String[] DESCRIPTIONS = {"喜欢{p}，周末常来店里", "问过{p}价格，在犹豫", "老客户，每月回购{p}",
        "直播间下单过{p}", "朋友推荐来的，对{p}感兴趣", "敏感肌，只用温和的{p}", "想买{p}送妈妈", "双11囤过{p}"};
    static final String[] NOTES = {"电话回访，说下周来店试{p}", "发了{p}新品介绍，已读未回", "生日在下个月，记得送小样",
        "对上次的{p}很满意", "嫌{p}价格贵，等活动再联系", "加群了，偶尔看直播", "约了周六下午到店"};
    static final String[] STAGES = {"新客", "意向", "已成交", "复购", "沉睡"};
    static final String[] LEVELS = {"普通会员", "银卡会员", "金卡会员", "黑金会员"};
    static final String[] INTERESTS = {"护肤", "彩妆", "香氛", "身体护理", "男士", "母婴", "敏感肌", "抗老"};

    final int stores;
    final int guidesPerStore;
    final Random random;
    final Instant now;
    final List<String> guides = new ArrayList<>();
    final List<String> leads = new ArrayList<>();

    /** Data for existing members (no organisation written): customers are spread over {@code guides}. */
    public static ContactsBenchData forGuides(List<String> guides, long seed, Instant now) {
        ContactsBenchData data = new ContactsBenchData(0, 0, seed, now);
        data.guides.addAll(guides);
        return data;
    }

    /** Writes the corp tag groups and channels (for {@link #forGuides}). */
    public void writeCatalogues(Database db) {
        db.write(c -> {
            tagGroup(c, "g-stage", "客户阶段", 100, STAGES);
            tagGroup(c, "g-product", "意向商品", 90, PRODUCTS);
            tagGroup(c, "g-level", "会员等级", 80, LEVELS);
            tagGroup(c, "g-interest", "兴趣", 70, INTERESTS);
            for (int i = 0; i < 12; i++) {
                Sql.update(c, "INSERT INTO channels (state, name, updated_at) VALUES (?, ?, 0)", "ch" + i,
                        i % 3 == 0 ? "门店收银台活码" + i : i % 3 == 1 ? "直播间" + i : "包裹卡" + i);
            }
        });
    }

    ContactsBenchData(int stores, int guidesPerStore, long seed, Instant now) {
        this.stores = stores;
        this.guidesPerStore = guidesPerStore;
        this.random = new Random(seed);
        this.now = now;
    }

    void writeOrganisation(Database db) {
        db.write(c -> {
            Sql.update(c, "INSERT INTO departments (id, name, sort_order) VALUES (1, '总部', 0)");
            for (int s = 0; s < stores; s++) {
                int dept = 10 + s;
                Sql.update(c, "INSERT INTO departments (id, name, parent_id, sort_order) VALUES (?, ?, 1, ?)", dept,
                        "门店" + (s + 1), s);
                String lead = "lead" + s;
                leads.add(lead);
                member(c, lead, "店长" + (s + 1), "店长", dept, true, "LEAD");
                for (int g = 0; g < guidesPerStore; g++) {
                    String guide = "guide" + s + "_" + g;
                    guides.add(guide);
                    member(c, guide, pick(SURNAMES) + pick(GIVEN) + pick(GIVEN), "导购", dept, false, "GUIDE");
                }
            }
            tagGroup(c, "g-stage", "客户阶段", 100, STAGES);
            tagGroup(c, "g-product", "意向商品", 90, PRODUCTS);
            tagGroup(c, "g-level", "会员等级", 80, LEVELS);
            tagGroup(c, "g-interest", "兴趣", 70, INTERESTS);
            for (int i = 0; i < 30; i++) {
                Sql.update(c, "INSERT INTO channels (state, name, updated_at) VALUES (?, ?, 0)", "ch" + i,
                        (i < stores ? "门店" + (i + 1) + "收银台活码" : i % 2 == 0 ? "直播间" + i : "包裹卡" + i));
            }
        });
    }

    private static void member(Connection c, String userid, String name, String position, int dept, boolean leader,
                               String role) throws SQLException {
        Sql.update(c, "INSERT INTO members (userid, name, position, main_department, is_follow_user, updated_at)"
                + " VALUES (?, ?, ?, ?, 1, 0)", userid, name, position, dept);
        Sql.update(c, "INSERT INTO member_departments (userid, department_id, is_leader) VALUES (?, ?, ?)", userid, dept,
                leader);
        Sql.update(c, "INSERT INTO member_roles (userid, role, granted_at) VALUES (?, ?, 0)", userid, role);
    }

    private static void tagGroup(Connection c, String id, String name, int order, String[] tags) throws SQLException {
        Sql.update(c, "INSERT INTO tag_groups (group_id, name, sort_order) VALUES (?, ?, ?)", id, name, order);
        for (int i = 0; i < tags.length; i++) {
            Sql.update(c, "INSERT INTO tags (tag_id, group_id, name, sort_order) VALUES (?, ?, ?, ?)", id + "-" + i, id,
                    tags[i], tags.length - i);
        }
    }

    private int channelCount() {
        return stores == 0 ? 12 : 30;
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    String phone() {
        return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    String nickname() {
        int kind = random.nextInt(3);
        return switch (kind) {
            case 0 -> pick(SURNAMES) + pick(GIVEN) + pick(GIVEN);
            case 1 -> pick(NICK_WORDS) + (random.nextBoolean() ? "" : String.valueOf(random.nextInt(100)));
            default -> pick(SURNAMES) + pick(GIVEN);
        };
    }

    /** Writes contacts {@code from .. from+count} in one transaction (one sync page's worth), like an upsert. */
    public void upsertContacts(Database db, int from, int count, boolean withNotes) {
        prepare(from, count, withNotes).write(db);
    }

    /** One sync page's rows, generated ahead so a benchmark can time the database write alone. */
    public record Page(List<Object[]> contacts, List<Object[]> follows, List<Object[]> tags, List<Object[]> notes) {
        /** Writes the page the way sync upserts it, in one transaction. */
        public void write(Database db) {
            db.write(c -> {
                Sql.batch(c, "INSERT INTO contacts (external_userid, name, type, unionid, updated_at)"
                        + " VALUES (?, ?, 1, ?, ?) ON CONFLICT (external_userid) DO UPDATE SET name = excluded.name,"
                        + " unionid = excluded.unionid, updated_at = excluded.updated_at", contacts);
                Sql.batch(c, "INSERT INTO follows (external_userid, userid, remark, description, remark_mobiles,"
                        + " added_at, add_way, state, status, synced_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, 'ACTIVE', ?)"
                        + " ON CONFLICT (external_userid, userid) DO UPDATE SET remark = excluded.remark,"
                        + " description = excluded.description, remark_mobiles = excluded.remark_mobiles,"
                        + " state = excluded.state, synced_at = excluded.synced_at", follows);
                List<Object[]> clear = new ArrayList<>();
                follows.forEach(f -> clear.add(new Object[] {f[0], f[1]}));
                Sql.batch(c, "DELETE FROM follow_tags WHERE external_userid = ? AND userid = ?", clear);
                Sql.batch(c, "INSERT OR IGNORE INTO follow_tags (external_userid, userid, tag_id) VALUES (?, ?, ?)",
                        tags);
                Sql.batch(c, "INSERT INTO contact_notes (external_userid, userid, body, created_at)"
                        + " VALUES (?, ?, ?, ?)", notes);
            });
        }
    }

    public Page prepare(int from, int count, boolean withNotes) {
        List<Object[]> contacts = new ArrayList<>(count);
        List<Object[]> follows = new ArrayList<>(count);
        List<Object[]> tags = new ArrayList<>(count * 4);
        List<Object[]> notes = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            String id = "wm" + i;
            String name = nickname();
            contacts.add(new Object[] {id, name, i % 3 == 0 ? "union" + i : null, now.toEpochMilli()});
            int followers = random.nextInt(10) == 0 ? 2 : 1;
            String first = guides.get(i % guides.size());
            for (int f = 0; f < followers; f++) {
                String guide = f == 0 ? first : guides.get((i * 7 + 3) % guides.size());
                if (f == 1 && guide.equals(first)) {
                    continue;
                }
                String product = pick(PRODUCTS);
                String remark = random.nextInt(3) == 0 ? "" : name.substring(0, 1) + (random.nextBoolean() ? "姐" : "哥")
                        + "·" + product;
                String description = pick(DESCRIPTIONS).replace("{p}", product);
                String phones = "[\"" + phone() + "\"" + (random.nextInt(8) == 0 ? ",\"" + phone() + "\"" : "") + "]";
                long added = now.toEpochMilli() - (long) random.nextInt(720) * 86_400_000L - random.nextInt(86_400_000);
                String state = random.nextInt(5) == 0 ? null : "ch" + random.nextInt(channelCount());
                follows.add(new Object[] {id, guide, remark, description, phones, added, state, now.toEpochMilli()});
                tags.add(new Object[] {id, guide, "g-stage-" + random.nextInt(STAGES.length)});
                tags.add(new Object[] {id, guide, "g-product-" + random.nextInt(PRODUCTS.length)});
                if (random.nextBoolean()) {
                    tags.add(new Object[] {id, guide, "g-level-" + random.nextInt(LEVELS.length)});
                }
                if (random.nextBoolean()) {
                    tags.add(new Object[] {id, guide, "g-interest-" + random.nextInt(INTERESTS.length)});
                }
                if (withNotes && random.nextInt(5) == 0) {
                    notes.add(new Object[] {id, guide, pick(NOTES).replace("{p}", product), added + 86_400_000L});
                }
            }
        }
        return new Page(contacts, follows, tags, notes);
    }
}
