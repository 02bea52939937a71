package com.siyu.workbench.members;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who a lead's team is, in one place for every feature that asks (whose customers a lead's desk syncs, whose
 * contacts the lead sees; the team dashboard resolves the same set): every member of a department the lead belongs
 * to, and of every department the lead leads in WeCom (is_leader_in_dept) or that lies below one — a regional
 * manager who leads 华东区 has every store under it.
 */
public final class Teams {
    private Teams() {
    }

    /** The userids of {@code lead}'s team, the lead included; members in the order the repository lists them. */
    public static Set<String> of(Member lead, MemberRepository members) {
        Set<Integer> departments = new HashSet<>(lead.departments());
        departments.addAll(withDescendants(members.departments(), lead.leaderOf()));
        Set<String> team = new LinkedHashSet<>();
        team.add(lead.userid());
        for (Member m : members.all()) {
            if (m.departments().stream().anyMatch(departments::contains)) {
                team.add(m.userid());
            }
        }
        return team;
    }

    /** {@code roots} and every department below them. */
    public static Set<Integer> withDescendants(List<Department> departments, List<Integer> roots) {
        Set<Integer> all = new HashSet<>(roots);
        Deque<Integer> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Integer parent = todo.pop();
            for (Department d : departments) {
                if (parent.equals(d.parentId()) && all.add(d.id())) {
                    todo.push(d.id());
                }
            }
        }
        return all;
    }
}
