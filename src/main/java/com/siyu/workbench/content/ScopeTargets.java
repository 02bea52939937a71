package com.siyu.workbench.content;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The channels, members and departments of the local copy a scope may name. A channel is known from the channel
 * list (synced from contact ways) or from any relation that came through it, so a campaign code already in use is
 * pickable before an admin names it.
 */
public final class ScopeTargets {
    private final Database db;

    public ScopeTargets(Database db) {
        this.db = db;
    }

    /** Every target, channels first, then members, then departments, each by name. */
    public List<ScopeTarget> all() {
        return db.read(c -> {
            List<ScopeTarget> out = new ArrayList<>(Sql.query(c, "SELECT s.state, ch.name FROM (SELECT state FROM"
                    + " channels UNION SELECT DISTINCT state FROM follows WHERE state IS NOT NULL AND state <> '') s"
                    + " LEFT JOIN channels ch ON ch.state = s.state ORDER BY ch.name IS NULL, ch.name, s.state",
                    rs -> new ScopeTarget(ScopeType.STATE, rs.getString(1),
                            rs.getString(2) == null ? rs.getString(1) : rs.getString(2), rs.getString(1))));
            out.addAll(Sql.query(c, "SELECT m.userid, m.name, d.name FROM members m"
                    + " LEFT JOIN departments d ON d.id = m.main_department ORDER BY m.name, m.userid",
                    rs -> new ScopeTarget(ScopeType.MEMBER, rs.getString(1), rs.getString(2),
                            rs.getString(3) == null ? rs.getString(1) : rs.getString(3))));
            out.addAll(Sql.query(c, "SELECT d.id, d.name, p.name FROM departments d"
                    + " LEFT JOIN departments p ON p.id = d.parent_id ORDER BY d.sort_order, d.id",
                    rs -> new ScopeTarget(ScopeType.DEPARTMENT, String.valueOf(rs.getInt(1)), rs.getString(2),
                            rs.getString(3) == null ? "" : rs.getString(3))));
            return out;
        });
    }

    /** The target a (non-default) scope names, if the local copy knows it. */
    public Optional<ScopeTarget> find(Scope scope) {
        if (scope == null || scope.type() == ScopeType.DEFAULT || scope.value() == null) {
            return Optional.empty();
        }
        return all().stream().filter(t -> t.type() == scope.type() && t.value().equals(scope.value())).findFirst();
    }

    /**
     * Why {@code scope} cannot be used, as a message key of the content bundle (the scope value is its argument),
     * or empty when it can: a default scope, or one naming a channel, member or department of the local copy
     * (or one naming nothing yet, which lint reports).
     */
    public Optional<String> problem(Scope scope) {
        if (scope == null || !scope.isComplete() || scope.type() == ScopeType.DEFAULT) {
            return Optional.empty(); // an incomplete scope is a lint error (rule "scope") already
        }
        return find(scope).isPresent() ? Optional.empty()
                : Optional.of("content.error.scopeUnknown." + scope.type().name());
    }
}
