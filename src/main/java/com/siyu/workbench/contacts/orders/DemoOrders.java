package com.siyu.workbench.contacts.orders;

import com.siyu.workbench.core.ProgressReporter;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Shop orders for the built-in demo corp, so a first run shows 业绩归因, repeat purchases and the queue's
 * "days since last order" with something in them. They go through the real import, as a shop's POS export would:
 * most buyers identified by UnionID or phone, some only by nickname (suggestions a guide confirms) and a few by
 * nobody the corp knows (unmatched). Seeded once, when the local copy has customers and no order at all; never on a
 * real corp (LiveConnection calls it only for the embedded sandbox).
 */
public final class DemoOrders {
    static final String SOURCE = "演示订单-门店收银导出.csv";
    private static final Actor SYSTEM = new Actor("system", "演示数据", Set.of(Role.ADMIN));
    private static final List<String> HEADERS = List.of("订单号", "下单时间", "实付金额", "商品", "unionid", "手机号",
            "买家昵称");
    private static final String[][] PRODUCTS = {{"婴儿奶粉 3段 800g", "268"}, {"纸尿裤 L 52片", "139"},
            {"保湿面霜 50ml", "329"}, {"修护精华 30ml", "459"}, {"儿童羽绒服", "399"}, {"复合维生素 120粒", "198"},
            {"洗护套装", "89"}, {"孕妇营养粉", "236"}};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final Database db;
    private final OrderImportService imports;
    private final Clock clock;

    public DemoOrders(Database db, OrderImportService imports, Clock clock) {
        this.db = db;
        this.imports = imports;
        this.clock = clock;
    }

    private record Buyer(String externalUserid, String name, String unionid, String phone, long addedAt) {
    }

    /** Imports the demo orders when there are customers and no order yet; returns whether it did. */
    public boolean seedIfEmpty() {
        boolean due = db.read(c -> Sql.queryLong(c, "SELECT NOT EXISTS (SELECT 1 FROM orders)"
                + " AND EXISTS (SELECT 1 FROM follows)") == 1);
        if (!due) {
            return false;
        }
        TabularFile file = generate(buyers());
        imports.importOrders(SYSTEM, file, ColumnMapping.guess(file.headers()), ProgressReporter.NONE);
        return true;
    }

    private List<Buyer> buyers() {
        return db.read(c -> Sql.query(c, "SELECT c.external_userid, c.name, c.unionid,"
                + " CASE WHEN json_valid(f.remark_mobiles) THEN json_extract(f.remark_mobiles, '$[0]') END,"
                + " MIN(f.added_at) FROM contacts c JOIN follows f ON f.external_userid = c.external_userid"
                + " WHERE f.status = 'ACTIVE' GROUP BY c.external_userid ORDER BY c.external_userid",
                rs -> new Buyer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5))));
    }

    /** About a third of the customers buy, one to four times over the last four months; fixed seed, same demo. */
    private TabularFile generate(List<Buyer> buyers) {
        Random random = new Random(20_261_124L);
        Instant now = clock.instant();
        long earliest = now.minus(Duration.ofDays(120)).toEpochMilli();
        List<TabularFile.Row> rows = new ArrayList<>();
        for (Buyer buyer : buyers) {
            if (random.nextDouble() >= 0.35) {
                continue;
            }
            int orders = 1 + (random.nextDouble() < 0.25 ? 1 + random.nextInt(3) : 0); // about a quarter buy again
            double key = random.nextDouble();
            for (int i = 0; i < orders; i++) {
                long from = Math.max(earliest, buyer.addedAt());
                long at = from + (long) (random.nextDouble() * Math.max(1, now.toEpochMilli() - from));
                String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
                int quantity = 1 + (random.nextDouble() < 0.25 ? 1 : 0);
                BigDecimal amount = new BigDecimal(product[1]).multiply(BigDecimal.valueOf(quantity));
                String time = LocalDateTime.ofInstant(Instant.ofEpochMilli(at), clock.getZone()).format(TIME);
                String id = "POS" + time.substring(0, 10).replace("-", "") + String.format(Locale.ROOT, "%05d",
                        rows.size() + 1);
                rows.add(new TabularFile.Row(rows.size() + 2, cells(id, time, amount, product[0], quantity, buyer,
                        key, random)));
            }
        }
        return new TabularFile(SOURCE, "UTF-8", HEADERS, rows);
    }

    /** Which key the shop's export carries for this buyer: UnionID, phone, nickname only, or a stranger's phone. */
    private static List<String> cells(String id, String time, BigDecimal amount, String product, int quantity,
                                      Buyer buyer, double key, Random random) {
        String unionid = "";
        String phone = "";
        String nickname = "";
        if (key < 0.55 && buyer.unionid() != null) {
            unionid = buyer.unionid();
        } else if (key < 0.8 && buyer.phone() != null) {
            phone = buyer.phone();
        } else if (key < 0.95) {
            nickname = buyer.name();
        } else {
            phone = "199" + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
        }
        return List.of(id, time, "¥" + String.format(Locale.ROOT, "%,.2f", amount), product + " ×" + quantity,
                unionid, phone, nickname);
    }
}
