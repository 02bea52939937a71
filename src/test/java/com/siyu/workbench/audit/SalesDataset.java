package com.siyu.workbench.audit;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.contacts.ContactsFixture;
import com.siyu.workbench.contacts.orders.ColumnMapping;
import com.siyu.workbench.contacts.orders.TabularFile;
import com.siyu.workbench.core.ProgressReporter;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * 业绩归因 data for the test store (上海徐汇店, led by 王店长): 张晓雯 and 李四 with customers from two channels, 周七
 * of another store, and orders matched by UnionID through the real import (so the real crediting runs). The
 * figures over {@link #RANGE}, worked out by hand:
 * <pre>
 *   张晓雯  c1 (门店码, 10-01 ¥500 before the range + 11-02 ¥1000), c2 (直播, 11-10 ¥200 + 11-12 ¥300),
 *          c6 (门店码, 11-20 ¥100)                 → ¥1,600, 4 orders, 3 buyers, 2 repeat (66.7%), 3 contacts
 *   李四    c3 (直播, 11-15 ¥800), c4 (门店码, added 11-13, lost 11-18, 11-16 ¥400)
 *                                                   → ¥1,200, 2 orders, 2 buyers, 0 repeat (0%), 2 contacts
 *   王店长  nothing                                  → zeros, no rate
 *   门店码  c1 ¥1000 + c4 ¥400 + c6 ¥100            → ¥1,500, 3 orders, 3 buyers, 1 repeat, 3 contacts
 *   直播    c2 ¥500 + c3 ¥800                        → ¥1,300, 3 orders, 2 buyers, 1 repeat, 2 contacts
 *   team                                             → ¥2,800, 6 orders, 5 buyers, 2 repeat (40%), 5 contacts
 *   周七 (other store) c5 (门店码, 11-15 ¥9,999)      → nowhere
 * </pre>
 */
final class SalesDataset {
    static final Actor LEAD = new Actor(TestWorkbench.LEAD, "王店长", Set.of(Role.LEAD));
    static final String LISI = ContactsFixture.OTHER_GUIDE;
    static final String FAR = ContactsFixture.FAR_GUIDE;
    static final String STORE_CODE = "store-xh";
    static final String LIVE = "live-1126";
    /** The dashboard's default range on {@link TestWorkbench#MORNING}: the last 30 days. */
    static final DateRange RANGE = DateRange.lastDays(LocalDate.of(2026, 11, 23), 30);

    private SalesDataset() {
    }

    static void write(Workbench workbench, Path dir) throws Exception {
        Instant now = TestWorkbench.MORNING;
        ContactsFixture f = new ContactsFixture(workbench.db())
                .guide(LISI, "李四", 2).guide(FAR, "周七", 3)
                .channel(STORE_CODE, "徐汇店门口活码").channel(LIVE, "双11直播间");
        customer(f, "c1", TestWorkbench.GUIDE, now.minusSeconds(86400L * 60), STORE_CODE);
        customer(f, "c2", TestWorkbench.GUIDE, now.minusSeconds(86400L * 20), LIVE);
        customer(f, "c3", LISI, now.minusSeconds(86400L * 40), LIVE);
        customer(f, "c4", LISI, now.minusSeconds(86400L * 10), STORE_CODE);
        f.lost("c4", LISI, now.minusSeconds(86400L * 5));
        customer(f, "c5", FAR, now.minusSeconds(86400L * 30), STORE_CODE);
        customer(f, "c6", TestWorkbench.GUIDE, now.minusSeconds(86400L * 5), STORE_CODE);
        Path csv = dir.resolve("sales-orders.csv");
        Files.writeString(csv, "订单号,下单时间,金额,商品,手机号,买家昵称,UnionID,平台订单号\n"
                + "A1,2026-10-01,500,口红,,,union-c1,\n"
                + "A2,2026-11-02,1000,口红,,,union-c1,\n"
                + "A3,2026-11-10,200,精华,,,union-c2,\n"
                + "A4,2026-11-12,300,精华,,,union-c2,\n"
                + "A5,2026-11-20,100,面膜,,,union-c6,\n"
                + "B1,2026-11-15,800,面霜,,,union-c3,\n"
                + "B2,2026-11-16,400,口红,,,union-c4,\n"
                + "F1,2026-11-15,9999,套装,,,union-c5,\n"
                + "U1,2026-11-16,50,口红,,陌生人,,\n", StandardCharsets.UTF_8);
        TabularFile file = workbench.contacts().orderImport().read(csv);
        workbench.contacts().orderImport().importOrders(LEAD, file, ColumnMapping.guess(file.headers()),
                ProgressReporter.NONE);
    }

    private static void customer(ContactsFixture f, String id, String rep, Instant addedAt, String state) {
        f.contact(id, "客户" + id, "union-" + id).follow(id, rep, "", "", List.of(), addedAt, state);
    }
}
