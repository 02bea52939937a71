package com.siyu.workbench.contacts;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.time.Instant;
import java.util.List;

/**
 * Writes WeCom data the way sync does (contacts, follows, corp tags, channels), so tests exercise the real triggers
 * and the real tables. Not a stub of sync: only the rows sync is documented to write.
 */
public final class ContactsFixture {
    private final Database db;

    public ContactsFixture(Database db) {
        this.db = db;
    }

    public ContactsFixture tagGroup(String groupId, String name, int order, String... idAndNames) {
        db.write(c -> {
            Sql.update(c, "INSERT INTO tag_groups (group_id, name, sort_order) VALUES (?, ?, ?)", groupId, name, order);
            for (int i = 0; i < idAndNames.length; i += 2) {
                Sql.update(c, "INSERT INTO tags (tag_id, group_id, name, sort_order) VALUES (?, ?, ?, ?)",
                        idAndNames[i], groupId, idAndNames[i + 1], idAndNames.length - i);
            }
        });
        return this;
    }

    /** Adds a guide to department {@code department} (2 = the test store, 3 = another store). */
    public ContactsFixture guide(String userid, String name, int department) {
        db.write(c -> {
            Sql.update(c, "INSERT OR IGNORE INTO departments (id, name, parent_id) VALUES (?, ?, 1)", department,
                    "门店" + department);
            Sql.update(c, "INSERT INTO members (userid, name, position, main_department, is_follow_user, updated_at)"
                    + " VALUES (?, ?, '导购', ?, 1, 0)", userid, name, department);
            Sql.update(c, "INSERT INTO member_departments (userid, department_id) VALUES (?, ?)", userid, department);
            Sql.update(c, "INSERT INTO member_roles (userid, role, granted_at) VALUES (?, 'GUIDE', 0)", userid);
        });
        return this;
    }

    public ContactsFixture channel(String state, String name) {
        db.write(c -> Sql.update(c, "INSERT INTO channels (state, name, updated_at) VALUES (?, ?, 0)", state, name));
        return this;
    }

    public ContactsFixture contact(String externalUserid, String name, String unionid) {
        db.write(c -> Sql.update(c, "INSERT INTO contacts (external_userid, name, type, unionid, updated_at)"
                + " VALUES (?, ?, 1, ?, 0)", externalUserid, name, unionid));
        return this;
    }

    /** A follow with remark, description, phones (JSON array) and channel. */
    public ContactsFixture follow(String externalUserid, String userid, String remark, String description,
                                  List<String> mobiles, Instant addedAt, String state) {
        String phones = mobiles == null ? null : "[" + String.join(",", mobiles.stream().map(m -> '"' + m + '"')
                .toList()) + "]";
        db.write(c -> Sql.update(c, "INSERT INTO follows (external_userid, userid, remark, description,"
                + " remark_mobiles, added_at, add_way, state, status, synced_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?,"
                + " 'ACTIVE', 0)", externalUserid, userid, remark, description, phones, addedAt, state));
        return this;
    }

    public ContactsFixture tags(String externalUserid, String userid, String... tagIds) {
        db.write(c -> {
            for (String tag : tagIds) {
                Sql.update(c, "INSERT INTO follow_tags (external_userid, userid, tag_id) VALUES (?, ?, ?)",
                        externalUserid, userid, tag);
            }
        });
        return this;
    }

    public ContactsFixture lost(String externalUserid, String userid, Instant at) {
        db.write(c -> Sql.update(c, "UPDATE follows SET status = 'LOST', lost_at = ? WHERE external_userid = ?"
                + " AND userid = ?", at, externalUserid, userid));
        return this;
    }

    public ContactsFixture touch(String externalUserid, String userid, Instant at) {
        db.write(c -> Sql.update(c, "INSERT INTO contact_touches (external_userid, userid, kind, touched_at)"
                + " VALUES (?, ?, 'SENT', ?)", externalUserid, userid, at));
        return this;
    }

    /** The standard small data set most tests share: the guide's customers, one of another rep's, tags, channels. */
    public static final String OTHER_GUIDE = "lisi";
    /** A guide of another store: outside the test lead's team. */
    public static final String FAR_GUIDE = "zhouqi";

    public ContactsFixture standard(String guide, Instant now) {
        guide(OTHER_GUIDE, "李四", 2);
        guide(FAR_GUIDE, "周七", 3);
        tagGroup("g-stage", TagChip.STAGE_GROUP, 100, "t-new", "新客", "t-intent", "意向", "t-deal", "已成交");
        tagGroup("g-product", "意向商品", 50, "t-lipstick", "口红", "t-serum", "精华液");
        tagGroup("g-level", "会员等级", 10, "t-vip", "VIP会员");
        channel("store-xh", "徐汇店门口活码");
        channel("live-1126", "双11直播间");
        contact("wm-li", "李思雨", "union-li");
        follow("wm-li", guide, "李姐·老客", "喜欢口红，周末来店", List.of("13812345678"), now.minusSeconds(86400 * 30),
                "store-xh");
        tags("wm-li", guide, "t-deal", "t-lipstick", "t-vip");
        contact("wm-wang", "王小明", "union-wang");
        follow("wm-wang", guide, "", "问过精华液价格", List.of("13900001111"), now.minusSeconds(86400 * 3),
                "live-1126");
        tags("wm-wang", guide, "t-intent", "t-serum");
        contact("wm-zhao", "赵丽颖粉丝", null);
        follow("wm-zhao", guide, "赵女士", "", null, now.minusSeconds(86400 * 90), null);
        tags("wm-zhao", guide, "t-new");
        lost("wm-zhao", guide, now.minusSeconds(86400 * 10));
        contact("wm-other", "陈其他", "union-other");
        follow("wm-other", OTHER_GUIDE, "陈先生", "别人的客户", List.of("13712345678"), now.minusSeconds(86400),
                "store-xh");
        tags("wm-other", OTHER_GUIDE, "t-lipstick");
        contact("wm-far", "远方客户", null);
        follow("wm-far", FAR_GUIDE, "外店客户", "", List.of("13600009999"), now.minusSeconds(86400), null);
        return this;
    }
}
