package com.siyu.workbench.bench;

import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.JdbcActivityLog;
import com.siyu.workbench.contacts.ContactFilter;
import com.siyu.workbench.contacts.ContactSort;
import com.siyu.workbench.contacts.ContactsModule;
import com.siyu.workbench.contacts.FollowStatusFilter;
import com.siyu.workbench.contacts.orders.ColumnMapping;
import com.siyu.workbench.contacts.orders.ImportResult;
import com.siyu.workbench.contacts.orders.TabularFile;
import com.siyu.workbench.core.ProgressReporter;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.JdbcMemberRepository;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.sync.JdbcOutbox;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The contacts workspace at scale: {@code ./mvnw -Pbench verify -Dbench.args="contacts [contacts=100000]"}.
 * Prints one JSON line per figure: search keystrokes (first page, guide and lead scope), profile open with 200
 * timeline entries, 100,000-order import with matching, and what the search-index maintenance adds to sync writes.
 */
public final class ContactsBench {
    static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    private ContactsBench() {
    }

    public static void main(String[] args) throws Exception {
        int contacts = intArg(args, "contacts", 100_000);
        int orders = intArg(args, "orders", 100_000);
        String only = stringArg(args, "only", "write,search,profile,orders");
        // db=PATH keeps the generated database (and reuses it when it exists) for iterating on one figure
        String keep = stringArg(args, "db", null);
        Path dir = keep != null ? Path.of(keep).toAbsolutePath().getParent() : Files.createTempDirectory("contacts-bench");
        Path file = keep != null ? Path.of(keep).toAbsolutePath() : dir.resolve("bench.db");
        boolean reuse = Files.exists(file);
        Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
        try (Database db = Database.open(file)) {
            ContactsBenchData data = new ContactsBenchData(4, 10, 42, NOW);
            ContactsModule module = new ContactsModule(db, clock, new JdbcMemberRepository(db, clock),
                    new JdbcActivityLog(db, clock), new JdbcOutbox(db, clock), () -> { });
            if (!reuse) {
                data.writeOrganisation(db);
                long start = System.nanoTime();
                for (int from = 0; from < contacts; from += 1000) {
                    data.upsertContacts(db, from, Math.min(1000, contacts - from), true);
                }
                double loadSeconds = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                module.searchIndex().refresh();
                double indexSeconds = (System.nanoTime() - start) / 1e9;
                long follows = db.read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM follows"));
                line("contacts-load", Map.of("contacts", contacts, "follows", follows, "load_s", round(loadSeconds),
                        "initial_index_s", round(indexSeconds)));
            } else {
                data.guides.addAll(db.read(c -> Sql.query(c, "SELECT userid FROM member_roles WHERE role = 'GUIDE'"
                        + " ORDER BY userid", rs -> rs.getString(1))));
                module.searchIndex().refresh();
            }
            if (only.contains("write")) {
                writeCost(db, data, module, contacts);
            }
            if (only.contains("search")) {
                search(db, module, data);
            }
            if (only.contains("profile")) {
                profile(db, module, clock, data);
            }
            if (only.contains("orders")) {
                importOrders(db, module, dir, orders, contacts);
            }
        }
        if (keep == null) {
            deleteQuietly(dir);
        }
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith(name + "=")) {
                return arg.substring(name.length() + 1);
            }
        }
        return fallback;
    }

    /** What the dirty-marking triggers and the refresh add to a sync page of 1,000 contacts. */
    private static void writeCost(Database db, ContactsBenchData data, ContactsModule module, int contacts) {
        List<String> triggers = db.read(c -> Sql.query(c, "SELECT sql FROM sqlite_master WHERE type = 'trigger'"
                + " AND name LIKE 'contact_search_%'", rs -> rs.getString(1)));
        Stopwatch insertBare = new Stopwatch();
        Stopwatch insertTriggers = new Stopwatch();
        Stopwatch updateBare = new Stopwatch();
        Stopwatch updateTriggers = new Stopwatch();
        Stopwatch refreshInsert = new Stopwatch();
        Stopwatch refreshUpdate = new Stopwatch();
        long maxId = db.read(c -> Sql.queryLong(c,
                "SELECT MAX(CAST(substr(external_userid, 3) AS INTEGER)) FROM contacts"));
        int next = (int) maxId + 1;
        Random random = new Random(7);
        // Each timed step includes the WAL checkpoint its writes cause, so no step pays for the one before it.
        for (int round = 0; round < 24; round++) {
            boolean bare = round % 2 == 0;
            ContactsBenchData.Page fresh = data.prepare(next, 1000, false);
            ContactsBenchData.Page changed = data.prepare(random.nextInt(contacts - 1000), 1000, false);
            next += 1000;
            if (bare) {
                setTriggers(db, triggers, false);
            }
            checkpoint(db);
            (bare ? insertBare : insertTriggers).time(() -> {
                fresh.write(db);
                checkpoint(db);
            });
            if (!bare) {
                refreshInsert.time(() -> {
                    module.searchIndex().refresh();
                    checkpoint(db);
                });
            }
            (bare ? updateBare : updateTriggers).time(() -> {
                changed.write(db);
                checkpoint(db);
            });
            if (bare) {
                setTriggers(db, triggers, true);
                // the untracked pages: mark them as the triggers would have, and index them untimed
                db.write(c -> Sql.update(c, "INSERT OR IGNORE INTO contact_search_dirty SELECT external_userid"
                        + " FROM contacts WHERE external_userid IN (" + ids(fresh) + ") OR external_userid IN ("
                        + ids(changed) + ")"));
                module.searchIndex().refresh();
            } else {
                refreshUpdate.time(() -> {
                    module.searchIndex().refresh();
                    checkpoint(db);
                });
            }
        }
        System.out.println(insertBare.summary("sync-insert-1000-no-index"));
        System.out.println(insertTriggers.summary("sync-insert-1000-with-triggers"));
        System.out.println(refreshInsert.summary("index-refresh-after-insert-1000"));
        System.out.println(updateBare.summary("sync-update-1000-no-index"));
        System.out.println(updateTriggers.summary("sync-update-1000-with-triggers"));
        System.out.println(refreshUpdate.summary("index-refresh-after-update-1000"));
        double bareInsert = insertBare.percentileMillis(50);
        double trigInsert = insertTriggers.percentileMillis(50);
        double bareUpdate = updateBare.percentileMillis(50);
        double trigUpdate = updateTriggers.percentileMillis(50);
        line("sync-write-rate", Map.of(
                "insert_per_s_no_index", Math.round(1_000_000 / bareInsert),
                "insert_per_s_with_triggers", Math.round(1_000_000 / trigInsert),
                "update_per_s_no_index", Math.round(1_000_000 / bareUpdate),
                "update_per_s_with_triggers", Math.round(1_000_000 / trigUpdate),
                "trigger_ms_per_1000_insert", round(trigInsert - bareInsert),
                "trigger_ms_per_1000_update", round(trigUpdate - bareUpdate),
                "insert_per_s_with_triggers_and_refresh", Math.round(1_000_000
                        / (trigInsert + refreshInsert.percentileMillis(50)))));
    }

    private static void checkpoint(Database db) {
        db.read(c -> Sql.queryOne(c, "PRAGMA wal_checkpoint(TRUNCATE)", rs -> rs.getInt(1)));
    }

    private static String ids(ContactsBenchData.Page page) {
        return page.contacts().stream().map(row -> "'" + row[0] + "'").collect(java.util.stream.Collectors.joining(","));
    }

    private static void setTriggers(Database db, List<String> triggers, boolean on) {
        db.write(c -> {
            for (String sql : triggers) {
                String name = sql.replaceAll("(?s)^CREATE TRIGGER (\\S+).*", "$1");
                Sql.update(c, "DROP TRIGGER IF EXISTS " + name);
                if (on) {
                    Sql.update(c, sql);
                }
            }
        });
    }

    private static void search(Database db, ContactsModule module, ContactsBenchData data) {
        Actor guide = new Actor("guide0_0", "导购", Set.of(Role.GUIDE));
        Actor lead = new Actor("lead0", "店长", Set.of(Role.LEAD));
        String phone = db.read(c -> Sql.queryOne(c, "SELECT json_extract(remark_mobiles, '$[0]') FROM follows"
                + " WHERE userid = 'guide0_0' LIMIT 1 OFFSET 17", rs -> rs.getString(1)).orElseThrow());
        String name = db.read(c -> Sql.queryOne(c, "SELECT c.name FROM follows f JOIN contacts c USING"
                + " (external_userid) WHERE f.userid = 'guide0_0' AND length(c.name) = 3 LIMIT 1 OFFSET 5",
                rs -> rs.getString(1)).orElseThrow());
        List<String> typed = List.of(name, phone, phone.substring(7), "口红", "周末常来", "金卡会员", "下周来店试", "lily",
                "李姐·精华液");
        List<String> keystrokes = new ArrayList<>();
        for (String text : typed) {
            for (int i = 1; i <= text.length(); i++) {
                keystrokes.add(text.substring(0, i));
            }
        }
        for (Actor actor : List.of(guide, lead)) {
            Stopwatch watch = new Stopwatch();
            Stopwatch counts = new Stopwatch();
            Map<String, Long> slowest = new java.util.HashMap<>();
            for (int round = 0; round < 6; round++) {
                for (String text : keystrokes) {
                    ContactFilter filter = ContactFilter.text(text);
                    if (round == 0) {
                        module.service().search(actor, filter, ContactSort.ADDED_NEWEST, 0, 50);
                        continue; // warm-up
                    }
                    long start = System.nanoTime();
                    module.service().search(actor, filter, ContactSort.ADDED_NEWEST, 0, 50);
                    long took = System.nanoTime() - start;
                    watch.record(took);
                    slowest.merge(text, took, Math::max);
                    counts.time(() -> module.service().count(actor, filter));
                }
            }
            System.out.println("# slowest keystrokes: " + slowest.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                    .map(e -> e.getKey() + "=" + e.getValue() / 1_000_000 + "ms").toList());
            String who = actor.has(Role.LEAD) ? "lead" : "guide";
            int scope = module.service().count(actor, ContactFilter.ALL);
            System.out.println(watch.summary("search-keystroke-first-page-" + who + "-scope-" + scope));
            System.out.println(counts.summary("search-keystroke-count-" + who));
            Stopwatch filters = new Stopwatch();
            List<ContactFilter> structured = List.of(
                    ContactFilter.ALL.withTags(List.of("g-product-0", "g-product-1"), null, null),
                    ContactFilter.ALL.withTags(null, List.of("g-stage-2", "g-level-3"), null),
                    ContactFilter.ALL.withTags(null, null, List.of("g-stage-0")).withStatus(FollowStatusFilter.ACTIVE),
                    ContactFilter.ALL.withNotTouchedDays(14).withChannels(List.of("ch1", "ch2", "ch3")),
                    ContactFilter.ALL.withStages(List.of("g-stage-1")).withAdded(java.time.LocalDate.of(2026, 1, 1),
                            java.time.LocalDate.of(2026, 6, 30)),
                    ContactFilter.text("精华").withTags(List.of("g-level-2"), null, null));
            long[] worst = new long[structured.size()];
            for (int round = 0; round < 11; round++) {
                for (int i = 0; i < structured.size(); i++) {
                    ContactFilter filter = structured.get(i);
                    if (round == 0) {
                        module.service().search(actor, filter, ContactSort.ADDED_NEWEST, 0, 50);
                    } else {
                        long start = System.nanoTime();
                        module.service().search(actor, filter, ContactSort.ADDED_NEWEST, 0, 50);
                        long took = System.nanoTime() - start;
                        filters.record(took);
                        worst[i] = Math.max(worst[i], took / 1_000_000);
                    }
                }
            }
            System.out.println("# slowest filter (ms, in order): " + java.util.Arrays.toString(worst));
            System.out.println(filters.summary("filter-first-page-" + who));
            Stopwatch paging = new Stopwatch();
            for (int page = 0; page < 20; page++) {
                int offset = page * 50;
                paging.time(() -> module.service().search(actor, ContactFilter.ALL, ContactSort.ADDED_NEWEST, offset,
                        50));
            }
            System.out.println(paging.summary("scroll-next-page-" + who));
        }
    }

    private static void profile(Database db, ContactsModule module, Clock clock, ContactsBenchData data) {
        Actor guide = new Actor("guide0_0", "导购", Set.of(Role.GUIDE));
        String id = db.read(c -> Sql.queryOne(c, "SELECT external_userid FROM follows WHERE userid = 'guide0_0'"
                + " AND status = 'ACTIVE' LIMIT 1 OFFSET 3", rs -> rs.getString(1)).orElseThrow());
        JdbcActivityLog log = new JdbcActivityLog(db, clock);
        for (int i = 0; i < 60; i++) {
            log.append(new ActivityEvent("guide0_0", i % 2 == 0 ? "task.sent" : "task.done", id, "task-" + i, null,
                    null, Map.of()));
        }
        for (int i = 0; i < 40; i++) {
            module.edits().setTags(guide, id, i % 2 == 0 ? List.of("g-stage-1", "g-product-3") : List.of("g-stage-2"));
        }
        for (int i = 0; i < 40; i++) {
            module.edits().addNote(guide, id, "第" + i + "次回访：" + ContactsBenchData.NOTES[i % 7].replace("{p}", "精华液"));
        }
        db.write(c -> {
            Sql.update(c, "DELETE FROM tasks WHERE id LIKE 'bench-task-%'");
            Sql.update(c, "DELETE FROM orders WHERE order_id LIKE 'bench-order-%'");
            for (int i = 0; i < 30; i++) {
                Sql.update(c, "INSERT INTO tasks (id, member_userid, external_userid, kind, section, due_date,"
                        + " reason_code, created_at) VALUES (?, 'guide0_0', ?, 'REMINDER', 'FOLLOW_UP', ?, 'BENCH', 0)",
                        "bench-task-" + i, id, "2026-12-" + String.format("%02d", 1 + i % 28));
                Sql.update(c, "INSERT INTO orders (order_id, ordered_at, amount_cents, items, external_userid,"
                        + " match_method, credited_userid, imported_at) VALUES (?, ?, ?, '精华液', ?, 'PHONE',"
                        + " 'guide0_0', 0)", "bench-order-" + i, NOW.minusSeconds(86_400L * i), 10_000 + i, id);
            }
        });
        int entries = module.service().profile(guide, id).timeline().size();
        Stopwatch watch = new Stopwatch();
        for (int i = 0; i < 60; i++) {
            if (i < 10) {
                module.service().profile(guide, id);
            } else {
                watch.time(() -> module.service().profile(guide, id));
            }
        }
        System.out.println(watch.summary("profile-open-" + entries + "-timeline-entries"));
    }

    private static void importOrders(Database db, ContactsModule module, Path dir, int count, int contacts)
            throws Exception {
        List<String> phones = db.read(c -> Sql.query(c, "SELECT json_extract(remark_mobiles, '$[0]') FROM follows"
                + " WHERE rowid % 3 = 1", rs -> rs.getString(1)));
        List<String> uniqueNames = db.read(c -> Sql.query(c, "SELECT name FROM contacts GROUP BY name"
                + " HAVING COUNT(*) = 1", rs -> rs.getString(1)));
        Random random = new Random(11);
        Path csv = dir.resolve("orders.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("订单编号,下单时间,实付金额,商品名称,收货人手机,买家昵称,UnionID\n");
            for (int i = 0; i < count; i++) {
                int kind = random.nextInt(10);
                String phone = kind < 4 ? phones.get(random.nextInt(phones.size())) : "";
                String union = kind >= 4 && kind < 6 ? "union" + (3 * random.nextInt(contacts / 3)) : "";
                String nick = kind == 6 ? uniqueNames.get(random.nextInt(uniqueNames.size()))
                        : kind == 7 ? "小鱼儿" : "";
                long cents = 990 + random.nextInt(500_000);
                String amount = String.format(Locale.ROOT, "\"¥%,d.%02d\"", cents / 100, cents % 100);
                out.write("E" + i + ",2026-" + String.format("%02d-%02d %02d:%02d:00", 1 + random.nextInt(11),
                        1 + random.nextInt(28), random.nextInt(24), random.nextInt(60)) + "," + amount + ","
                        + ContactsBenchData.PRODUCTS[random.nextInt(20)] + "," + phone + "," + nick + "," + union
                        + "\n");
            }
        }
        Actor lead = new Actor("lead0", "店长", Set.of(Role.LEAD));
        db.write(c -> Sql.update(c, "DELETE FROM orders WHERE order_id LIKE 'E%'"));
        long start = System.nanoTime();
        TabularFile file = module.orderImport().read(csv);
        double readSeconds = (System.nanoTime() - start) / 1e9;
        ImportResult result = module.orderImport().importOrders(lead, file, ColumnMapping.guess(file.headers()),
                ProgressReporter.NONE);
        double totalSeconds = (System.nanoTime() - start) / 1e9;
        line("orders-import-and-match", Map.of("orders", result.imported(), "matched", result.matched(),
                "suggested", result.suggested(), "unmatched", result.unmatched(), "read_s", round(readSeconds),
                "total_s", round(totalSeconds)));
        start = System.nanoTime();
        int rematched = module.orderMatching().rematch(lead);
        line("orders-rematch-unmatched", Map.of("rematched", rematched,
                "seconds", round((System.nanoTime() - start) / 1e9)));
    }

    private static void line(String name, Map<String, Object> figures) {
        StringBuilder json = new StringBuilder("{\"bench\":\"").append(name).append('"');
        new java.util.TreeMap<>(figures).forEach((k, v) -> json.append(",\"").append(k).append("\":").append(v));
        System.out.println(json.append('}'));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (String arg : args) {
            if (arg.startsWith(name + "=")) {
                return Integer.parseInt(arg.substring(name.length() + 1));
            }
        }
        return fallback;
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
