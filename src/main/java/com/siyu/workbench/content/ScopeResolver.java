package com.siyu.workbench.content;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the most specific scope for a (member, channel) pair — the order is documented on {@link ScopeType}:
 * MEMBER &gt; DEPARTMENT (the member's own departments before their parents, main department first) &gt; STATE &gt;
 * DEFAULT. Among equally specific candidates the most recently approved wins.
 */
final class ScopeResolver {
    private final Database db;

    ScopeResolver(Database db) {
        this.db = db;
    }

    /** A live candidate: its scope and when it was approved. */
    record Candidate<T>(Scope scope, long approvedAt, T value) {
    }

    <T> Optional<T> pick(List<Candidate<T>> candidates, String memberUserid, String state) {
        Map<String, Integer> departmentDistance = memberUserid == null ? Map.of() : departments(memberUserid);
        return candidates.stream()
                .filter(c -> specificity(c.scope(), memberUserid, state, departmentDistance) != null)
                .min(Comparator.<Candidate<T>>comparingInt(c -> specificity(c.scope(), memberUserid, state,
                                departmentDistance))
                        .thenComparing(Comparator.<Candidate<T>>comparingLong(Candidate::approvedAt).reversed()))
                .map(Candidate::value);
    }

    /** Lower is more specific; null = does not apply. */
    private static Integer specificity(Scope scope, String member, String state, Map<String, Integer> departments) {
        int base = scope.type().rank() * 1000;
        switch (scope.type()) {
            case MEMBER:
                return scope.value() != null && scope.value().equals(member) ? base : null;
            case DEPARTMENT:
                Integer distance = departments.get(scope.value());
                return distance == null ? null : base + distance;
            case STATE:
                return state != null && scope.value() != null && scope.value().equals(state) ? base : null;
            default:
                return base;
        }
    }

    /** The member's departments and their ancestors with their distance (0 = main department, 1 = other own …). */
    Map<String, Integer> departments(String userid) {
        return db.read(c -> {
            Map<Integer, Integer> parents = new HashMap<>();
            Sql.query(c, "SELECT id, parent_id FROM departments", rs -> parents.put(rs.getInt(1),
                    Sql.integer(rs, "parent_id")));
            Integer main = Sql.queryOne(c, "SELECT main_department FROM members WHERE userid = ?",
                    rs -> Sql.integer(rs, "main_department"), userid).orElse(null);
            List<Integer> own = new ArrayList<>(Sql.query(c,
                    "SELECT department_id FROM member_departments WHERE userid = ? ORDER BY department_id",
                    rs -> rs.getInt(1), userid));
            if (main != null) {
                own.remove(main);
                own.add(0, main);
            }
            Map<String, Integer> distance = new HashMap<>();
            for (int i = 0; i < own.size(); i++) {
                int d = java.util.Objects.equals(own.get(i), main) ? 0 : 1;
                Set<Integer> seen = new HashSet<>();
                for (Integer dept = own.get(i); dept != null && seen.add(dept); dept = parents.get(dept), d += 2) {
                    distance.merge(String.valueOf(dept), d, Math::min);
                }
            }
            return distance;
        });
    }
}
