package com.siyu.workbench.queue;

import static com.siyu.workbench.queue.QueueData.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.queue.rules.ActionType;
import com.siyu.workbench.queue.rules.Audience;
import com.siyu.workbench.queue.rules.AudienceResolver;
import com.siyu.workbench.queue.rules.RuleAction;
import com.siyu.workbench.queue.rules.RuleCap;
import com.siyu.workbench.queue.rules.Section;
import com.siyu.workbench.queue.rules.SopRule;
import com.siyu.workbench.queue.rules.StopConditions;
import com.siyu.workbench.queue.rules.Timing;
import com.siyu.workbench.queue.rules.Trigger;
import com.siyu.workbench.queue.rules.TriggerType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Audience filters: tags all/any/none, channel, stage, member/department, saved filter. */
class AudienceTest extends QueueTestBase {
    @Override
    AudienceResolver audiences() {
        return (filter, member) -> "vip-list".equals(filter) ? Optional.of(Set.of("c2", "c4")) : Optional.empty();
    }

    @BeforeEach
    void contacts() {
        data.tagGroup("g-level", "会员等级").tag("g-level", "gold", "金卡").tag("g-level", "silver", "银卡")
                .tagGroup("g-stage", "客户阶段").tag("g-stage", "hot", "高意向").tag("g-stage", "won", "已成交")
                .tagGroup("g-misc", "其他").tag("g-misc", "blocked", "勿扰");
        // c1 gold+hot (store), c2 silver+hot (live), c3 gold+won+blocked (store), c4 none (no channel)
        data.contact("c1", "一", null, GUIDE, at("2026-11-13T10:00"), "store")
                .contact("c2", "二", null, GUIDE, at("2026-11-13T10:00"), "live")
                .contact("c3", "三", null, GUIDE, at("2026-11-13T10:00"), "store")
                .contact("c4", "四", null, GUIDE, at("2026-11-13T10:00"), null)
                .tagContact("c1", GUIDE, "gold").tagContact("c1", GUIDE, "hot")
                .tagContact("c2", GUIDE, "silver").tagContact("c2", GUIDE, "hot")
                .tagContact("c3", GUIDE, "gold").tagContact("c3", GUIDE, "won").tagContact("c3", GUIDE, "blocked");
    }

    private List<String> matched(Audience audience) {
        rule(new SopRule("r", "r", true, 50, Trigger.days(TriggerType.DAYS_SINCE_ADDED, 10), audience,
                RuleAction.remind(ActionType.CALL, "电话", Section.FOLLOW_UP), Timing.NOON, StopConditions.NONE,
                RuleCap.NONE, 0, null, null));
        generate(DAY);
        return tasks().stream().filter(t -> "r".equals(t.rule())).map(TaskRow::contact).sorted().toList();
    }

    @Test
    void everyoneMatchesAnEmptyAudience() {
        assertThat(matched(Audience.everyone())).containsExactly("c1", "c2", "c3", "c4");
    }

    @Test
    void allTagsMustBePresent() {
        assertThat(matched(Audience.everyone().withTagsAll(List.of("gold", "hot")))).containsExactly("c1");
    }

    @Test
    void anyTagIsEnough() {
        assertThat(matched(Audience.everyone().withTagsAny(List.of("silver", "won")))).containsExactly("c2", "c3");
    }

    @Test
    void noneOfTheTagsMayBePresent() {
        assertThat(matched(Audience.everyone().withTagsNone(List.of("blocked", "silver"))))
                .containsExactly("c1", "c4");
    }

    @Test
    void aRequiredTagNobodyHasMatchesNobody() {
        assertThat(matched(Audience.everyone().withTagsAll(List.of("deleted-tag")))).isEmpty();
    }

    @Test
    void channelStateFilters() {
        assertThat(matched(Audience.everyone().withStates(List.of("store")))).containsExactly("c1", "c3");
    }

    @Test
    void stageIsTheTagInTheGroupCustomerStage() {
        assertThat(matched(Audience.everyone().withStages(List.of("高意向")))).containsExactly("c1", "c2");
    }

    @Test
    void aRuleForOtherMembersOrDepartmentsGivesThisMemberNothing() {
        assertThat(matched(Audience.everyone().withMembers(List.of(LEAD)))).isEmpty();
    }

    @Test
    void aRuleForTheMembersDepartmentApplies() {
        assertThat(matched(Audience.everyone().withDepartments(List.of(2)))).hasSize(4);
    }

    @Test
    void aSavedFilterSelectsItsContacts() {
        assertThat(matched(Audience.everyone().withSavedFilter("vip-list"))).containsExactly("c2", "c4");
    }

    @Test
    void anUnknownSavedFilterMatchesNobody() {
        assertThat(matched(Audience.everyone().withSavedFilter("gone"))).isEmpty();
    }
}
