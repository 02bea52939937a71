package com.siyu.workbench.roles;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Department;
import com.siyu.workbench.members.Member;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.queue.QueueData;
import com.siyu.workbench.queue.rules.Audience;
import com.siyu.workbench.queue.rules.RuleAction;
import com.siyu.workbench.queue.rules.RuleCap;
import com.siyu.workbench.queue.rules.Section;
import com.siyu.workbench.queue.rules.SopRule;
import com.siyu.workbench.queue.rules.StopConditions;
import com.siyu.workbench.queue.rules.Timing;
import com.siyu.workbench.queue.rules.Trigger;
import com.siyu.workbench.queue.rules.TriggerType;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A real workbench with two stores and several members of each role: two guides and a lead in 徐汇店, a guide and a
 * lead in 静安店, two reviewers and two admins at head office. Each guide follows one customer with a phone on
 * record, added this morning, and a rule greets every new customer, so each guide has a task today.
 */
final class RolesFixture {
    static final String XUHUI_GUIDE_2 = "lina";
    static final String JINGAN_GUIDE = "zhouqi";
    static final String JINGAN_LEAD = "zhaodz";
    static final String REVIEWER_2 = "sunmei";
    static final String ADMIN_2 = "admin02";

    static final Actor GUIDE = actor(TestWorkbench.GUIDE, "张晓雯", Role.GUIDE);
    static final Actor GUIDE_2 = actor(XUHUI_GUIDE_2, "李娜", Role.GUIDE);
    static final Actor FAR_GUIDE = actor(JINGAN_GUIDE, "周琪", Role.GUIDE);
    static final Actor LEAD = actor(TestWorkbench.LEAD, "王店长", Role.LEAD);
    static final Actor FAR_LEAD = actor(JINGAN_LEAD, "赵店长", Role.LEAD);
    static final Actor REVIEWER = actor(TestWorkbench.REVIEWER, "刘燕", Role.REVIEWER);
    static final Actor REVIEWER2 = actor(REVIEWER_2, "孙梅", Role.REVIEWER);
    static final Actor ADMIN = actor(TestWorkbench.ADMIN, "陈管理", Role.ADMIN);
    static final Actor ADMIN2 = actor(ADMIN_2, "吴管理", Role.ADMIN);
    static final List<Actor> EVERYONE = List.of(GUIDE, GUIDE_2, FAR_GUIDE, LEAD, FAR_LEAD, REVIEWER, REVIEWER2, ADMIN,
            ADMIN2);

    /** Customers: one per guide, each with a phone the guide recorded in WeCom. */
    static final String OWN_CONTACT = "wm-chen";
    static final String OWN_PHONE = "13812345678";
    static final String OWN_PHONE_MASKED = "138****5678";
    static final String COLLEAGUE_CONTACT = "wm-lin";
    static final String COLLEAGUE_PHONE = "13987654321";
    static final String COLLEAGUE_PHONE_MASKED = "139****4321";
    static final String FAR_CONTACT = "wm-zheng";
    static final String FAR_PHONE = "13700002222";
    /** Staff phones (members.mobile), shown on the team dashboard. */
    static final String GUIDE_MOBILE = "18612345678";
    static final String GUIDE_MOBILE_MASKED = "186****5678";

    static final String GREETING_SCRIPT = "script-greet";
    static final String GREETING_RULE = "rule-greet-new";

    private RolesFixture() {
    }

    private static Actor actor(String userid, String name, Role role) {
        return new Actor(userid, name, Set.of(role));
    }

    static Workbench open(Path dir) throws Exception {
        Workbench workbench = TestWorkbench.open(dir);
        workbench.members().replaceAll(
                List.of(new Department(1, "总部", null, 0), new Department(2, "上海徐汇店", 1, 1),
                        new Department(3, "上海静安店", 1, 2)),
                List.of(member(GUIDE, 2, false), member(GUIDE_2, 2, false), member(LEAD, 2, true),
                        member(FAR_GUIDE, 3, false), member(FAR_LEAD, 3, true),
                        member(REVIEWER, 1, false), member(REVIEWER2, 1, false), member(ADMIN, 1, false),
                        member(ADMIN2, 1, false)));
        for (Actor a : EVERYONE) {
            workbench.roles().setRoles(a.userid(), EnumSet.copyOf(a.roles()), "test");
        }
        Instant addedAt = TestWorkbench.MORNING.minusSeconds(3600);
        workbench.db().write(c -> {
            Sql.update(c, "UPDATE members SET mobile = ? WHERE userid = ?", GUIDE_MOBILE, GUIDE.userid());
            Sql.update(c, "UPDATE members SET mobile = '18700001111' WHERE userid = ?", GUIDE_2.userid());
        });
        QueueData data = new QueueData(workbench.db());
        data.contact(OWN_CONTACT, "陈小姐", "陈姐", GUIDE.userid(), addedAt, null)
                .contact(COLLEAGUE_CONTACT, "林先生", "林哥", GUIDE_2.userid(), addedAt, null)
                .contact(FAR_CONTACT, "郑女士", "郑姐", FAR_GUIDE.userid(), addedAt, null)
                .tagGroup("g-stage", "客户阶段").tag("g-stage", "t-new", "新客").tag("g-stage", "t-deal", "已成交")
                .script(GREETING_SCRIPT, "新客问候", 0, "{客户称呼}您好，我是{导购姓名}");
        workbench.db().write(c -> {
            phone(c, OWN_CONTACT, GUIDE, OWN_PHONE);
            phone(c, COLLEAGUE_CONTACT, GUIDE_2, COLLEAGUE_PHONE);
            phone(c, FAR_CONTACT, FAR_GUIDE, FAR_PHONE);
        });
        workbench.queue().rules().save(ADMIN, new SopRule(GREETING_RULE, "新客问候", true, 50,
                Trigger.of(TriggerType.CONTACT_ADDED), Audience.everyone(), RuleAction.script(GREETING_SCRIPT,
                Section.NEW), Timing.ANY_TIME, StopConditions.NONE, RuleCap.NONE, 0, null, null));
        return workbench;
    }

    private static void phone(java.sql.Connection c, String contact, Actor follower, String phone)
            throws java.sql.SQLException {
        Sql.update(c, "UPDATE follows SET remark_mobiles = ? WHERE external_userid = ? AND userid = ?",
                "[\"" + phone + "\"]", contact, follower.userid());
    }

    private static Member member(Actor actor, int department, boolean leader) {
        return new Member(actor.userid(), actor.name(), actor.has(Role.GUIDE) ? "导购" : "职员", department,
                List.of(department), leader ? List.of(department) : List.of(), actor.has(Role.GUIDE));
    }

    /** The greeting task generated today for {@code guide}'s customer. */
    static String taskOf(Workbench workbench, Actor guide) {
        workbench.queue().days().openToday(guide);
        return workbench.db().read(c -> Sql.queryOne(c, "SELECT id FROM tasks WHERE member_userid = ?"
                + " AND rule_id = ?", rs -> rs.getString(1), guide.userid(), GREETING_RULE)).orElseThrow();
    }
}
