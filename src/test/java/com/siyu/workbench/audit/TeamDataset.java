package com.siyu.workbench.audit;

import com.siyu.workbench.members.Role;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A generated team written straight into SQLite (the way sync and the queue would leave it): a region with stores,
 * a lead per store and a regional lead, reps with tasks, contacts gained and lost, touches, WeCom behavior rows,
 * message tasks, content items and a properly chained activity log. Everything written is also kept in the lists
 * below, so tests can compute the expected figures on their own. The data start before the range and go past
 * today, so range edges are exercised.
 */
public final class TeamDataset {
    public static final String REGION_LEAD = "lead-east";
    public static final String STORE_LEAD = "lead-xuhui";
    public static final String ADMIN = "admin01";
    public static final int HQ = 1;
    public static final int REGION = 10;
    public static final int FIRST_STORE = 2;
    static final String[] STORES = {"上海徐汇店", "上海静安店", "杭州西湖店", "南京新街口店"};
    static final String[] NAMES = {"张晓雯", "李娜", "王芳", "刘洋", "陈静", "杨帆", "赵敏", "黄磊", "周婷", "吴昊",
        "徐丽", "孙悦", "马超", "朱琳", "胡军", "郭佳", "何欢", "高远", "林峰", "罗敏", "梁爽", "宋佳", "郑凯", "谢娟"};
    static final String[] SKIP_REASONS = {"客户在外地", "客户说不需要", "已电话沟通", "客户已购买", "号码错误", ""};
    static final String[][] CONTENT = {{"c-welcome", "新客欢迎语", "WELCOME"}, {"c-day7", "新客7天跟进剧本", "SCRIPT"},
        {"c-repurchase", "复购提醒话术", "SCRIPT"}, {"c-invite", "会员群邀请", "INVITE"}, {"c-birthday", "生日关怀", "SCRIPT"}};
    /** 「联系我」 channels (state → name); every fifth customer came without one. */
    static final String[][] CHANNELS = {{"store-qr", "门店活码"}, {"live-room", "直播间"}, {"mall-card", "商城会员卡"},
        {"referral", "老客转介绍"}};
    static final String[] STATUSES = {"DONE", "DONE", "DONE", "SENT", "SKIPPED", "OPEN", "SNOOZED", "CANCELLED", "HELD"};
    static final String[] TOUCH_KINDS = {"SENT", "COPIED", "CALLED", "NOTE", "DONE", "INVITED"};
    static final String[] OTHER_ACTIONS = {Actions.SIGN_IN, Actions.CONTACT_NOTE, Actions.CONTACT_TAGS,
        Actions.CONTACT_REMARK, Actions.TASK_SNOOZED, Actions.TASK_COPIED, Actions.CONTACT_REPLIED};

    public record Spec(int reps, int days, int logEntries, int tasksPerRepDay, int contactsPerRepDay, long seed,
                       LocalDate lastDay) {
        public static Spec small(LocalDate lastDay) {
            return new Spec(7, 30, 3_000, 6, 3, 42, lastDay);
        }

        public DateRange range() {
            return DateRange.lastDays(lastDay, days);
        }
    }

    public record Rep(String userid, String name, String mobile, int store) {
    }

    public record GenTask(String id, String rep, String contact, LocalDate due, String status, String reason,
                          String contentId) {
    }

    /** {@code state}: the channel that brought the customer (null: none). */
    public record GenFollow(String contact, String rep, long addedAt, boolean lost, Long lostAt, String phone,
                            String state) {
    }

    public record GenTouch(String contact, String rep, String kind, long at) {
    }

    public record GenBehavior(String rep, LocalDate day, int chat, int messages, Double replyPct, Integer replyTime,
                              int apply, int newContacts, int negative) {
    }

    public record GenMessage(String msgid, String rep, long createdAt, int sendStatus) {
    }

    /** {@code rep} null: an order nobody is credited with yet. */
    public record GenOrder(String orderId, String rep, String contact, long orderedAt, long amountCents) {
    }

    public record GenLog(String rep, String action, long at, String contact, String taskId, String contentId,
                         String reason) {
    }

    public final Spec spec;
    public final ZoneId zone;
    public final List<Rep> reps = new ArrayList<>();
    public final List<GenTask> tasks = new ArrayList<>();
    public final List<GenFollow> follows = new ArrayList<>();
    public final List<GenTouch> touches = new ArrayList<>();
    public final List<GenBehavior> behavior = new ArrayList<>();
    public final List<GenMessage> messages = new ArrayList<>();
    public final List<GenLog> log = new ArrayList<>();
    public final List<GenOrder> orders = new ArrayList<>();
    private final Random random;
    private final java.util.Map<String, List<String>> contactsOf = new java.util.HashMap<>();
    private final java.util.Map<String, String> states = new java.util.HashMap<>();

    private TeamDataset(Spec spec, ZoneId zone) {
        this.spec = spec;
        this.zone = zone;
        this.random = new Random(spec.seed());
    }

    public static TeamDataset generate(Database db, Spec spec, ZoneId zone) {
        TeamDataset data = new TeamDataset(spec, zone);
        data.build();
        data.write(db);
        return data;
    }

    public int storeCount() {
        return Math.min(STORES.length, Math.max(1, (spec.reps() + 4) / 5));
    }

    private void build() {
        for (int i = 0; i < spec.reps(); i++) {
            String name = NAMES[i % NAMES.length] + (i >= NAMES.length ? String.valueOf(i / NAMES.length) : "");
            reps.add(new Rep(String.format("rep%02d", i + 1), name, String.format("138%08d", 10_000_000 + i * 7919),
                    FIRST_STORE + i % storeCount()));
        }
        LocalDate first = spec.lastDay().minusDays(spec.days() + 13L);
        LocalDate last = spec.lastDay().plusDays(3);
        for (Rep rep : reps) {
            double diligence = 0.45 + 0.5 * random.nextDouble();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                buildDay(rep, day, diligence);
            }
        }
        padLog();
        log.sort(Comparator.comparingLong(GenLog::at));
    }

    private void buildDay(Rep rep, LocalDate day, double diligence) {
        long dayStart = day.atStartOfDay(zone).toInstant().toEpochMilli();
        for (int n = 0; n < spec.contactsPerRepDay() + random.nextInt(3); n++) {
            addFollow(rep, dayStart + random.nextInt(24 * 3600) * 1000L, diligence);
        }
        for (int t = 0; t < spec.tasksPerRepDay() + random.nextInt(3); t++) {
            String status = random.nextDouble() < diligence ? (random.nextInt(4) == 0 ? "SENT" : "DONE")
                    : STATUSES[random.nextInt(STATUSES.length)];
            if (day.isAfter(spec.lastDay()) && !status.equals("CANCELLED")) {
                status = "OPEN";
            }
            String reason = status.equals("SKIPPED") || status.equals("CANCELLED")
                    ? SKIP_REASONS[random.nextInt(SKIP_REASONS.length)] : null;
            String content = random.nextInt(3) == 0 ? null : CONTENT[random.nextInt(CONTENT.length)][0];
            String contact = contactOf(rep.userid());
            String id = "task-" + rep.userid() + "-" + day + "-" + t;
            tasks.add(new GenTask(id, rep.userid(), contact, day, status, reason, content));
            long at = dayStart + Duration.ofHours(9).toMillis() + random.nextInt(10 * 3600) * 1000L;
            switch (status) {
                case "DONE" -> log.add(new GenLog(rep.userid(), Actions.TASK_DONE, at, contact, id, content, null));
                case "SENT" -> log.add(new GenLog(rep.userid(), Actions.TASK_SENT, at, contact, id, content, null));
                case "SKIPPED" -> log.add(new GenLog(rep.userid(), Actions.TASK_SKIPPED, at, contact, id, null, reason));
                default -> { }
            }
        }
        behavior.add(new GenBehavior(rep.userid(), day, 5 + random.nextInt(40), 10 + random.nextInt(120),
                random.nextInt(6) == 0 ? null : Math.round(random.nextDouble() * 10_000) / 100.0,
                random.nextInt(6) == 0 ? null : 1 + random.nextInt(90), random.nextInt(5), random.nextInt(8),
                random.nextInt(3)));
        for (int o = 0; o < random.nextInt(3); o++) {
            orders.add(new GenOrder("ord-" + rep.userid() + "-" + day + "-" + o, random.nextInt(8) == 0 ? null
                    : rep.userid(), contactOf(rep.userid()), dayStart + random.nextInt(24 * 3600) * 1000L,
                    1_000 + random.nextInt(300_000)));
        }
        for (int m = 0; m < random.nextInt(4); m++) {
            messages.add(new GenMessage("msg-" + rep.userid() + "-" + day + "-" + m, rep.userid(),
                    dayStart + random.nextInt(24 * 3600) * 1000L, random.nextInt(5) < 3 ? 1 : random.nextInt(4)));
        }
    }

    private void addFollow(Rep rep, long addedAt, double diligence) {
        String contact = "wm" + rep.userid() + "-c" + follows.size();
        boolean lost = random.nextDouble() < 0.25;
        Long lostAt = lost ? (random.nextInt(10) == 0 ? null : addedAt + random.nextInt(30 * 24 * 3600) * 1000L) : null;
        contactsOf.computeIfAbsent(rep.userid(), k -> new ArrayList<>()).add(contact);
        // channels cycle rather than draw from the random sequence, so every other figure stays as it was
        int channel = follows.size() % (CHANNELS.length + 1);
        String state = channel < CHANNELS.length ? CHANNELS[channel][0] : null;
        states.put(contact, state);
        follows.add(new GenFollow(contact, rep.userid(), addedAt, lost, lostAt,
                String.format("139%08d", random.nextInt(100_000_000)), state));
        if (random.nextInt(3) == 0) {
            touches.add(new GenTouch(contact, rep.userid(), "REPLIED", addedAt + random.nextInt(600_000)));
        }
        if (random.nextInt(8) == 0) {
            touches.add(new GenTouch(contact, rep.userid(), "NOTE", addedAt - 3_600_000));
        }
        if (random.nextDouble() < 0.6 + 0.4 * diligence) {
            long first = addedAt + (long) (random.nextDouble() * random.nextDouble() * 48 * 3_600_000 / diligence);
            touches.add(new GenTouch(contact, rep.userid(), TOUCH_KINDS[random.nextInt(TOUCH_KINDS.length)], first));
            touches.add(new GenTouch(contact, rep.userid(), "SENT", first + random.nextInt(5 * 24 * 3600) * 1000L));
        }
    }

    private String contactOf(String rep) {
        List<String> known = contactsOf.getOrDefault(rep, List.of());
        return known.isEmpty() ? "wm" + rep + "-none" : known.get(random.nextInt(known.size()));
    }

    private void padLog() {
        long from = spec.lastDay().minusDays(spec.days() + 13L).atStartOfDay(zone).toInstant().toEpochMilli();
        long to = spec.lastDay().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        while (log.size() < spec.logEntries()) {
            Rep rep = reps.get(random.nextInt(reps.size()));
            String action = OTHER_ACTIONS[random.nextInt(OTHER_ACTIONS.length)];
            String content = action.equals(Actions.TASK_COPIED) ? CONTENT[random.nextInt(CONTENT.length)][0] : null;
            String contact = action.equals(Actions.SIGN_IN) ? null : contactOf(rep.userid());
            log.add(new GenLog(rep.userid(), action, from + (long) (random.nextDouble() * (to - from)), contact, null,
                    content, null));
        }
    }

    private void write(Database db) {
        long now = Instant.now().toEpochMilli();
        db.write(c -> {
            List<Object[]> depts = new ArrayList<>();
            depts.add(new Object[] {HQ, "总部", null, 0});
            depts.add(new Object[] {REGION, "华东区", HQ, 1});
            for (int s = 0; s < storeCount(); s++) {
                depts.add(new Object[] {FIRST_STORE + s, STORES[s], REGION, 2 + s});
            }
            Sql.batch(c, "INSERT INTO departments (id, name, parent_id, sort_order) VALUES (?, ?, ?, ?)", depts);
            List<Object[]> members = new ArrayList<>();
            List<Object[]> links = new ArrayList<>();
            List<Object[]> roles = new ArrayList<>();
            members.add(new Object[] {REGION_LEAD, "周区经理", "区域经理", "13900001111", REGION, 0, now});
            links.add(new Object[] {REGION_LEAD, REGION, 1});
            roles.add(new Object[] {REGION_LEAD, Role.LEAD.name(), now});
            members.add(new Object[] {STORE_LEAD, "王店长", "店长", "13900002222", FIRST_STORE, 0, now});
            links.add(new Object[] {STORE_LEAD, FIRST_STORE, 1});
            roles.add(new Object[] {STORE_LEAD, Role.LEAD.name(), now});
            members.add(new Object[] {ADMIN, "陈管理", "运营管理员", "13900003333", HQ, 0, now});
            links.add(new Object[] {ADMIN, HQ, 0});
            roles.add(new Object[] {ADMIN, Role.ADMIN.name(), now});
            for (Rep r : reps) {
                members.add(new Object[] {r.userid(), r.name(), "导购", r.mobile(), r.store(), 1, now});
                links.add(new Object[] {r.userid(), r.store(), 0});
                roles.add(new Object[] {r.userid(), Role.GUIDE.name(), now});
            }
            Sql.batch(c, "INSERT INTO members (userid, name, position, mobile, main_department, is_follow_user,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", members);
            Sql.batch(c, "INSERT INTO member_departments (userid, department_id, is_leader) VALUES (?, ?, ?)", links);
            Sql.batch(c, "INSERT INTO member_roles (userid, role, granted_by, granted_at) VALUES (?, ?, 'test', ?)",
                    roles);
            List<Object[]> content = new ArrayList<>();
            for (String[] item : CONTENT) {
                content.add(new Object[] {item[0], item[2], item[1], now});
            }
            Sql.batch(c, "INSERT INTO content_items (id, type, name, created_by, created_at, approved_version)"
                    + " VALUES (?, ?, ?, 'liuyan', ?, 1)", content);
            writeContactsAndWork(c, now);
        });
        writeLog(db);
    }

    private void writeContactsAndWork(java.sql.Connection c, long now) throws java.sql.SQLException {
        List<Object[]> contacts = new ArrayList<>();
        List<Object[]> followRows = new ArrayList<>();
        for (int i = 0; i < follows.size(); i++) {
            GenFollow f = follows.get(i);
            contacts.add(new Object[] {f.contact(), "客户" + i, now});
            followRows.add(new Object[] {f.contact(), f.rep(), "客户" + i, "[\"" + f.phone() + "\"]", f.addedAt(),
                    f.lost() ? "LOST" : "ACTIVE", f.lostAt(), f.state(), now});
        }
        List<Object[]> channels = new ArrayList<>();
        for (String[] ch : CHANNELS) {
            channels.add(new Object[] {ch[0], ch[1], now});
        }
        Sql.batch(c, "INSERT INTO channels (state, name, updated_at) VALUES (?, ?, ?)", channels);
        Sql.batch(c, "INSERT INTO contacts (external_userid, name, updated_at) VALUES (?, ?, ?)", contacts);
        Sql.batch(c, "INSERT INTO follows (external_userid, userid, remark, remark_mobiles, added_at, status, lost_at,"
                + " state, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", followRows);
        Sql.batch(c, "INSERT INTO contact_touches (external_userid, userid, kind, touched_at) VALUES (?, ?, ?, ?)",
                touches.stream().map(t -> new Object[] {t.contact(), t.rep(), t.kind(), t.at()}).toList());
        Sql.batch(c, "INSERT INTO tasks (id, member_userid, external_userid, kind, section, due_date, reason_code,"
                        + " content_id, status, status_reason, created_at) VALUES (?, ?, ?, 'SCRIPT_STEP', 'FOLLOW_UP',"
                        + " ?, 'rule', ?, ?, ?, ?)",
                tasks.stream().map(t -> new Object[] {t.id(), t.rep(), t.contact(), t.due(), t.contentId(),
                        t.status(), t.reason(), now}).toList());
        Sql.batch(c, "INSERT INTO member_behavior_daily (userid, stat_date, chat_cnt, message_cnt, reply_percentage,"
                        + " avg_reply_time, negative_feedback_cnt, new_apply_cnt, new_contact_cnt)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                behavior.stream().map(b -> new Object[] {b.rep(), b.day(), b.chat(), b.messages(), b.replyPct(),
                        b.replyTime(), b.negative(), b.apply(), b.newContacts()}).toList());
        Sql.batch(c, "INSERT INTO orders (order_id, source, ordered_at, amount_cents, external_userid, credited_userid,"
                        + " credited_state, imported_at) VALUES (?, 'test.xlsx', ?, ?, ?, ?, ?, ?)",
                orders.stream().map(o -> new Object[] {o.orderId(), o.orderedAt(), o.amountCents(), o.contact(), o.rep(),
                    o.rep() == null ? null : states.get(o.contact()), now}).toList());
        Sql.batch(c, "INSERT INTO message_tasks (msgid, sender, created_at, send_status) VALUES (?, ?, ?, ?)",
                messages.stream().map(m -> new Object[] {m.msgid(), m.rep(), m.createdAt(), m.sendStatus()}).toList());
    }

    /** Chains the log exactly as JdbcActivityLog does, in batches of one transaction each. */
    private void writeLog(Database db) {
        final int batch = 50_000;
        String prev = db.read(c -> Sql.queryOne(c, "SELECT last_hash FROM activity_log_head", rs -> rs.getString(1)))
                .orElse(ChainHash.GENESIS);
        long seq = db.read(c -> Sql.queryLong(c, "SELECT last_seq FROM activity_log_head"));
        for (int from = 0; from < log.size(); from += batch) {
            List<Object[]> rows = new ArrayList<>();
            for (GenLog g : log.subList(from, Math.min(log.size(), from + batch))) {
                seq++;
                String details = g.reason() == null ? null : "{\"reason\":\"" + g.reason() + "\"}";
                ActivityEntry e = new ActivityEntry(seq, Instant.ofEpochMilli(g.at()), g.rep(), g.action(),
                        g.contact(), g.taskId(), g.contentId(), g.contentId() == null ? null : 1, details, prev, null);
                String hash = ChainHash.of(e);
                rows.add(new Object[] {seq, g.at(), g.rep(), g.action(), g.contact(), g.taskId(), g.contentId(),
                    e.contentVersion(), details, prev, hash});
                prev = hash;
            }
            db.write(c -> Sql.batch(c, "INSERT INTO activity_log (seq, occurred_at, member_userid, action,"
                    + " external_userid, task_id, content_id, content_version, details_json, prev_hash, hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows));
        }
    }
}
