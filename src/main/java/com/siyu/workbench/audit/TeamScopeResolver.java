package com.siyu.workbench.audit;

import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Department;
import com.siyu.workbench.members.Masking;
import com.siyu.workbench.members.Teams;
import com.siyu.workbench.members.Role;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out whom an actor audits. A lead's team is every rep (member configured for 客户联系) in a department the
 * lead belongs to, or in a department they lead <em>or any department below it</em> — a regional manager who leads
 * 华东区 sees every store under it. A lead who also holds the admin role sees the whole organisation. Members'
 * phones are masked for actors without {@code SEE_FULL_PHONE}. Permission checks are the callers' (the services').
 */
public final class TeamScopeResolver {
    private final TeamRepository repository;

    public TeamScopeResolver(TeamRepository repository) {
        this.repository = repository;
    }

    public TeamScope scopeOf(Actor actor) {
        Organisation org = repository.organisation();
        boolean whole = actor.has(Role.ADMIN);
        Set<Integer> ids = new HashSet<>();
        if (whole) {
            org.departments().forEach(d -> ids.add(d.id()));
            org.members().forEach(m -> ids.addAll(m.departments()));
        } else {
            org.member(actor.userid()).ifPresent(me -> {
                ids.addAll(me.departments());
                ids.addAll(withDescendants(org.departments(), me.leaderOf()));
            });
        }
        Map<Integer, String> departments = new LinkedHashMap<>();
        org.departments().stream().filter(d -> ids.contains(d.id())).forEach(d -> departments.put(d.id(), d.name()));
        ids.stream().sorted().filter(id -> !departments.containsKey(id)).forEach(id -> departments.put(id, "#" + id));
        List<Integer> order = new ArrayList<>(departments.keySet());
        Collator pinyin = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        List<TeamMember> members = org.members().stream()
                .filter(m -> m.followUser() && m.departments().stream().anyMatch(ids::contains))
                .sorted(Comparator.<Organisation.OrgMember>comparingInt(m -> firstIndex(order, m.departments()))
                        .thenComparing(Organisation.OrgMember::name, pinyin))
                .map(m -> new TeamMember(m.userid(), m.name(), Masking.phoneFor(actor, m.mobile()),
                        m.departments().stream().filter(ids::contains).toList()))
                .toList();
        return new TeamScope(whole, departments, members);
    }

    /** Where the member's first in-scope department comes in the display order (stores keep their reps together). */
    private static int firstIndex(List<Integer> order, List<Integer> departments) {
        return departments.stream().mapToInt(order::indexOf).filter(i -> i >= 0).min().orElse(Integer.MAX_VALUE);
    }

    static Set<Integer> withDescendants(List<Department> departments, List<Integer> roots) {
        return Teams.withDescendants(departments, roots);
    }
}
