package com.siyu.workbench.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.cli.RootCommand;
import com.siyu.workbench.testing.TestWorkbench;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code siyu-workbench contacts …} on a real data folder: JSON out, Chinese messages on stderr, exit codes. */
class ContactsCommandTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void prepare() throws Exception {
        try (Workbench workbench = TestWorkbench.open(dir.resolve("data"))) {
            new ContactsFixture(workbench.db()).standard(TestWorkbench.GUIDE, TestWorkbench.MORNING);
        }
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 3];
        all[0] = "contacts";
        all[1] = "--data-dir";
        all[2] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return cli.execute(all);
    }

    @Test
    void searchPrintsTheMembersMatchesAsJsonLines() {
        assertThat(run("search", "--as", TestWorkbench.GUIDE, "5678")).isZero();
        assertThat(out.toString().lines().toList()).singleElement().asString().contains("\"externalUserid\":\"wm-li\"");
    }

    @Test
    void anOrderFileWithErrorsExitsNonZeroNamesTheRowsAndImportsNothing() throws Exception {
        Path file = dir.resolve("orders.csv");
        Files.writeString(file, "订单号,下单时间,金额,手机号\nA1,2026-11-20,¥1,13812345678\nA2,2026-11-20,abc,\n",
                StandardCharsets.UTF_8);
        assertThat(run("import-orders", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("第 3 行 · 金额：“abc”不是有效金额");
        assertThat(out.toString()).contains("\"imported\":0");

        Files.writeString(file, "订单号,下单时间,金额,手机号\nA1,2026-11-20,\"¥1,299\",13812345678\n",
                StandardCharsets.UTF_8);
        out.getBuffer().setLength(0);
        assertThat(run("import-orders", file.toString())).isZero();
        assertThat(out.toString()).contains("\"imported\":1").contains("\"PHONE\":1");

        out.getBuffer().setLength(0);
        assertThat(run("order-stats", "--from", "2026-11-01", "--to", "2026-11-30")).isZero();
        assertThat(out.toString()).contains("\"key\":\"zhangxw\"").contains("\"revenueCents\":129900");
    }
}
