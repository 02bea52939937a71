package com.siyu.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.content.DemoContent;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.sync.SyncResult;
import com.siyu.workbench.sync.SyncStatus.Connectivity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first run with nothing configured: the built-in sandbox starts on loopback, the first sync brings the demo
 * corp into the local SQLite copy, demo content is seeded, and the next start of the same data folder keeps it all
 * (the demo corp lives on: a new day brings new customers).
 */
class LiveConnectionTest {
    @TempDir
    Path dir;

    @Test
    void aFirstRunSyncsTheDemoCorpAndSeedsDemoContent() throws Exception {
        AppPaths paths = new AppPaths(dir);
        int contactsAfterFirstRun;
        try (Workbench workbench = Workbench.open(paths, Workbench.defaultClock());
             LiveConnection live = new LiveConnection(workbench)) {
            BlockingQueue<SyncResult> runs = new LinkedBlockingQueue<>();
            live.addListener(runs::add);
            live.start();
            SyncResult first = runs.poll(120, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(first.ok()).as("first sync: %s", first).isTrue();
            assertThat(workbench.syncStatus().current().connectivity()).isEqualTo(Connectivity.ONLINE);
            assertThat(workbench.members().all()).hasSizeGreaterThanOrEqualTo(10);
            assertThat(workbench.roles().all()).isNotEmpty();
            contactsAfterFirstRun = count(workbench, "SELECT COUNT(*) FROM contacts");
            assertThat(contactsAfterFirstRun).isGreaterThan(1000);
            assertThat(count(workbench, "SELECT COUNT(*) FROM content_items WHERE id = '"
                    + DemoContent.SCRIPT_NEW_CUSTOMER + "' AND approved_version IS NOT NULL")).isEqualTo(1);
            assertThat(count(workbench, "SELECT COUNT(DISTINCT member_userid) FROM tasks WHERE due_date = '"
                    + LocalDate.now(workbench.clock()) + "'"))
                    .as("every rep with customers has a queue for today once the first sync is in")
                    .isGreaterThanOrEqualTo(5);
            assertThat(workbench.contacts().searchIndex().pending()).isZero();
            int orders = count(workbench, "SELECT COUNT(*) FROM orders");
            assertThat(orders).as("demo shop orders, imported once").isGreaterThan(100);
            assertThat(count(workbench, "SELECT COUNT(*) FROM orders WHERE credited_userid IS NOT NULL"))
                    .as("most buyers matched by UnionID or phone").isGreaterThan(orders / 2);
            assertThat(count(workbench, "SELECT COUNT(*) FROM order_match_suggestions"))
                    .as("nickname-only buyers wait for a guide").isPositive();
            assertThat(count(workbench, "SELECT COUNT(DISTINCT credited_userid) FROM orders"))
                    .as("revenue for several reps").isGreaterThanOrEqualTo(3);
            assertThat(count(workbench, "SELECT COUNT(*) FROM (SELECT external_userid FROM orders"
                    + " WHERE external_userid IS NOT NULL GROUP BY external_userid HAVING COUNT(*) > 1)"))
                    .as("repeat buyers, so 二销率 is not zero").isPositive();
            assertThat(workbench.contacts().demoOrders().seedIfEmpty()).as("never twice").isFalse();
            assertThat(workbench.settings().demoDay()).contains(LocalDate.now(workbench.clock()));
        }
        try (Workbench again = Workbench.open(paths, Workbench.defaultClock())) {
            assertThat(count(again, "SELECT COUNT(*) FROM contacts")).isEqualTo(contactsAfterFirstRun);
        }
    }

    private static int count(Workbench workbench, String sql) {
        return workbench.db().read(c -> (int) Sql.queryLong(c, sql));
    }
}
