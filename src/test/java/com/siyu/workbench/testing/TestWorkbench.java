package com.siyu.workbench.testing;

import com.siyu.workbench.app.AppPaths;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.members.Department;
import com.siyu.workbench.members.Member;
import com.siyu.workbench.members.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/** A real workbench (real SQLite file) in a temp folder, with a small team: one of each role. */
public final class TestWorkbench {
    public static final String GUIDE = "zhangxw";
    public static final String LEAD = "wangdz";
    public static final String REVIEWER = "liuyan";
    public static final String ADMIN = "admin01";
    /** 2026-11-23 09:00 in Asia/Shanghai. */
    public static final Instant MORNING = Instant.parse("2026-11-23T01:00:00Z");

    private TestWorkbench() {
    }

    public static Clock fixedClock() {
        return Clock.fixed(MORNING, Workbench.DEFAULT_ZONE);
    }

    public static Workbench open(Path dir) throws Exception {
        return open(dir, fixedClock());
    }

    public static Workbench open(Path dir, Clock clock) throws Exception {
        Workbench workbench = Workbench.open(new AppPaths(dir), clock);
        workbench.members().replaceAll(
                List.of(new Department(1, "总部", null, 0), new Department(2, "上海徐汇店", 1, 1)),
                List.of(new Member(GUIDE, "张晓雯", "导购", 2, List.of(2), List.of(), true),
                        new Member(LEAD, "王店长", "店长", 2, List.of(2), List.of(2), true),
                        new Member(REVIEWER, "刘燕", "内容审核", 1, List.of(1), List.of(), false),
                        new Member(ADMIN, "陈管理", "运营管理员", 1, List.of(1), List.of(), false)));
        workbench.roles().setRoles(GUIDE, EnumSet.of(Role.GUIDE), "test");
        workbench.roles().setRoles(LEAD, EnumSet.of(Role.LEAD), "test");
        workbench.roles().setRoles(REVIEWER, EnumSet.of(Role.REVIEWER), "test");
        workbench.roles().setRoles(ADMIN, EnumSet.of(Role.ADMIN), "test");
        return workbench;
    }
}
