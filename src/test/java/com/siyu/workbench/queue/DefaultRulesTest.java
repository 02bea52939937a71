package com.siyu.workbench.queue;

import static com.siyu.workbench.queue.QueueData.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.siyu.workbench.queue.rules.DefaultRules;
import com.siyu.workbench.queue.rules.RuleValidator;
import com.siyu.workbench.queue.rules.SopRule;
import com.siyu.workbench.store.Sql;
import org.junit.jupiter.api.Test;

/** The rule set a fresh database starts with, seeded idempotently, working with the content feature's demo ids. */
class DefaultRulesTest extends QueueTestBase {
    @Test
    void everyDefaultRuleIsValid() {
        for (SopRule rule : DefaultRules.all(clock.instant())) {
            assertThat(RuleValidator.check(rule)).as(rule.id()).isEmpty();
        }
    }

    @Test
    void seedingIsIdempotentAndNeverRevertsAnEdit() {
        assertThat(queue.seedDefaultRules()).isEqualTo(DefaultRules.all(clock.instant()).size());
        queue.rules().setEnabled(ADMIN, DefaultRules.WIN_BACK, false);

        assertThat(queue.seedDefaultRules()).isZero();

        SopRule winBack = queue.rules().find(ADMIN, DefaultRules.WIN_BACK).orElseThrow();
        assertThat(winBack.enabled()).isFalse();
        assertThat(winBack.revision()).isEqualTo(2);
    }

    @Test
    void withTheDemoContentANewContactGetsTheScriptsFirstStepAsTheGreet() {
        queue.seedDefaultRules();
        data.script("script-new-customer", "新客剧本", 0, "{客户称呼}您好", 1, "第二天", 3, "第四天", 7, "第八天")
                .welcome("welcome-default", "欢迎");
        data.contact("wmA", "李女士", GUIDE, at("2026-11-23T09:00"));

        generate(DAY);

        assertThat(tasksOf("wmA")).extracting(TaskRow::rule, TaskRow::kind, TaskRow::step, TaskRow::contentId)
                .containsExactly(tuple(DefaultRules.NEW_CUSTOMER, "SCRIPT_STEP", 1, "script-new-customer"));
        assertThat(tasksOf("wmA").get(0).reasonJson()).contains("\"greet\":true");
    }

    @Test
    void withoutApprovedContentTheRulesRemindAndSaySoAndTheGreetStillComes() {
        queue.seedDefaultRules();
        data.contact("wmA", "李女士", GUIDE, at("2026-11-23T09:00"));

        generate(DAY);

        assertThat(tasksOf("wmA")).extracting(TaskRow::kind)
                .containsExactlyInAnyOrder("GREET", "REMINDER");
        assertThat(tasksOf("wmA")).filteredOn(t -> "REMINDER".equals(t.kind()))
                .allSatisfy(t -> assertThat(t.reasonJson()).contains("contentMissing"));
    }

    @Test
    void aChurnedCustomerGetsACallBackAndNoSends() {
        queue.seedDefaultRules();
        data.script("script-win-back", "挽回", 0, "好久不见").script("script-repurchase", "复购", 0, "该补货了");
        data.contact("gone", "删了我", GUIDE, at("2026-09-01T10:00")).order("o", "gone", at("2026-10-24T10:00"))
                .lost("gone", GUIDE, at("2026-11-23T07:00"));

        generate(DAY);

        assertThat(tasksOf("gone")).extracting(TaskRow::rule, TaskRow::kind, TaskRow::contentVersion)
                .containsExactly(tuple(DefaultRules.LOST_CALL_BACK, "CALL", null));
        long sendable = workbench.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM tasks"
                + " WHERE external_userid = 'gone' AND content_version IS NOT NULL"));
        assertThat(sendable).isZero();
    }
}
