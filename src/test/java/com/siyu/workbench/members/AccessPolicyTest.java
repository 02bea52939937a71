package com.siyu.workbench.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
    private final Actor guide = new Actor("g", "导购", Set.of(Role.GUIDE));
    private final Actor lead = new Actor("l", "店长", Set.of(Role.LEAD));
    private final Actor reviewer = new Actor("r", "审核", Set.of(Role.REVIEWER));

    @Test
    void aGuideCannotApproveContentNorSeeTheTeam() {
        assertThatThrownBy(() -> AccessPolicy.require(guide, Permission.REVIEW_CONTENT))
                .isInstanceOf(AccessDeniedException.class)
                .extracting(e -> ((AccessDeniedException) e).messageKey())
                .isEqualTo("members.denied.review_content");
        assertThat(AccessPolicy.allows(guide, Permission.READ_TEAM_CONTACTS)).isFalse();
        assertThat(AccessPolicy.allows(guide, Permission.WORK_OWN_QUEUE)).isTrue();
    }

    @Test
    void aLeadReadsTheTeamButSeesPhonesMasked() {
        assertThat(AccessPolicy.allows(lead, Permission.READ_TEAM_CONTACTS)).isTrue();
        assertThat(AccessPolicy.allows(lead, Permission.REVIEW_CONTENT)).isFalse();
        assertThat(Masking.phoneFor(lead, "13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phoneFor(guide, "13812345678")).isEqualTo("13812345678");
        assertThat(Masking.phoneFor(reviewer, "13812345678")).isEqualTo("138****5678");
    }

    @Test
    void rolesCombine() {
        Actor both = new Actor("x", "x", Set.of(Role.GUIDE, Role.LEAD));
        assertThat(AccessPolicy.allows(both, Permission.WORK_OWN_QUEUE)).isTrue();
        assertThat(AccessPolicy.allows(both, Permission.VIEW_TEAM_DASHBOARD)).isTrue();
        assertThat(AccessPolicy.allows(new Actor("n", "n", Set.of()), Permission.READ_RULES)).isFalse();
    }

    @Test
    void maskingHandlesShortAndEmptyValues() {
        assertThat(Masking.maskPhone("5678")).isEqualTo("**78");
        assertThat(Masking.maskPhone("")).isEmpty();
        assertThat(Masking.maskPhone(null)).isNull();
    }

    @Test
    void defaultRolesFollowPositionAndLeadership() {
        assertThat(DefaultRoles.derive(member("导购", List.of()))).containsExactly(Role.GUIDE);
        assertThat(DefaultRoles.derive(member("店长", List.of()))).containsExactly(Role.LEAD);
        assertThat(DefaultRoles.derive(member("导购", List.of(2)))).containsExactlyInAnyOrder(Role.GUIDE, Role.LEAD);
        assertThat(DefaultRoles.derive(member("内容审核", List.of()))).containsExactly(Role.REVIEWER);
        assertThat(DefaultRoles.derive(member("运营管理员", List.of()))).contains(Role.ADMIN);
        assertThat(DefaultRoles.derive(member(null, List.of()))).containsExactly(Role.GUIDE);
    }

    private static Member member(String position, List<Integer> leaderOf) {
        return new Member("u", "名字", position, 2, List.of(2), leaderOf, true);
    }
}
