package com.siyu.workbench.members;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * First guess at roles from what WeCom knows (position title, department leadership), so a fresh install is usable
 * before an admin has edited the role table. The admin's edits always win afterwards.
 */
public final class DefaultRoles {
    private DefaultRoles() {
    }

    public static Set<Role> derive(Member member) {
        String position = member.position() == null ? "" : member.position();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (containsAny(position, "管理员", "admin", "Admin")) {
            roles.add(Role.ADMIN);
        }
        if (containsAny(position, "审核", "内容", "运营")) {
            roles.add(Role.REVIEWER);
        }
        if (!member.leaderOf().isEmpty() || containsAny(position, "店长", "组长", "主管", "经理")) {
            roles.add(Role.LEAD);
        }
        if (roles.isEmpty() || containsAny(position, "导购", "销售", "顾问")) {
            roles.add(Role.GUIDE);
        }
        return roles;
    }

    public static Map<String, Set<Role>> deriveAll(List<Member> members) {
        Map<String, Set<Role>> all = new LinkedHashMap<>();
        members.forEach(m -> all.put(m.userid(), derive(m)));
        return all;
    }

    private static boolean containsAny(String text, String... needles) {
        for (String needle : needles) {
            if (text.contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
