package com.siyu.workbench.ui.shell;

import com.siyu.workbench.members.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The left navigation, and which roles see each entry. */
public enum NavEntry {
    TODAY("shell.nav.today", "今", EnumSet.of(Role.GUIDE)),
    CONTACTS("shell.nav.contacts", "客", EnumSet.of(Role.GUIDE, Role.LEAD)),
    CONTENT("shell.nav.content", "库", EnumSet.of(Role.REVIEWER, Role.GUIDE)),
    REVIEW("shell.nav.review", "审", EnumSet.of(Role.REVIEWER)),
    RULES("shell.nav.rules", "规", EnumSet.of(Role.ADMIN, Role.LEAD, Role.GUIDE)),
    TEAM("shell.nav.team", "团", EnumSet.of(Role.LEAD)),
    SETTINGS("shell.nav.settings", "设", EnumSet.of(Role.ADMIN));

    private final String labelKey;
    private final String glyph;
    private final Set<Role> roles;

    NavEntry(String labelKey, String glyph, Set<Role> roles) {
        this.labelKey = labelKey;
        this.glyph = glyph;
        this.roles = roles;
    }

    public String labelKey() {
        return labelKey;
    }

    /** A one-character badge for the collapsed navigation. */
    public String glyph() {
        return glyph;
    }

    public boolean visibleTo(Set<Role> memberRoles) {
        return memberRoles.stream().anyMatch(roles::contains);
    }

    public static List<NavEntry> visibleEntries(Set<Role> memberRoles) {
        List<NavEntry> visible = new ArrayList<>();
        for (NavEntry entry : values()) {
            if (entry.visibleTo(memberRoles)) {
                visible.add(entry);
            }
        }
        return visible;
    }
}
