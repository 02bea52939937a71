package com.siyu.workbench.ui.shell;

import static com.siyu.workbench.ui.shell.NavEntry.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.members.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The navigation of issue 2, role by role: 今日任务 guide; 客户 guide/lead; 内容库 reviewer and guides (read-only);
 * 审核 reviewer; SOP 规则 admin/lead — and guides, read-only, as the queue issue asks; 团队 lead; 同步与设置 admin.
 * A member with several roles sees the union.
 */
class NavEntryRolesTest {
    @Test
    void eachRoleSeesExactlyItsEntries() {
        assertThat(visibleEntries(Set.of(Role.GUIDE))).containsExactly(TODAY, CONTACTS, CONTENT, RULES);
        assertThat(visibleEntries(Set.of(Role.REVIEWER))).containsExactly(CONTENT, REVIEW);
        assertThat(visibleEntries(Set.of(Role.LEAD))).containsExactly(CONTACTS, RULES, TEAM);
        assertThat(visibleEntries(Set.of(Role.ADMIN))).containsExactly(RULES, SETTINGS);
        assertThat(visibleEntries(Set.of())).isEmpty();
    }

    @Test
    void severalRolesSeeTheUnionInNavigationOrder() {
        assertThat(visibleEntries(EnumSet.of(Role.GUIDE, Role.REVIEWER)))
                .containsExactly(TODAY, CONTACTS, CONTENT, REVIEW, RULES);
        assertThat(visibleEntries(EnumSet.of(Role.LEAD, Role.ADMIN))).containsExactly(CONTACTS, RULES, TEAM, SETTINGS);
        assertThat(visibleEntries(EnumSet.allOf(Role.class))).containsExactly(NavEntry.values());
    }
}
