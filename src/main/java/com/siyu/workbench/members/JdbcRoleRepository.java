package com.siyu.workbench.members;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

public final class JdbcRoleRepository implements RoleRepository {
    private final Database db;
    private final Clock clock;

    public JdbcRoleRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Set<Role> rolesOf(String userid) {
        return db.read(c -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            Sql.query(c, "SELECT role FROM member_roles WHERE userid = ?", rs -> roles.add(Role.valueOf(rs.getString(1))),
                    userid);
            return roles;
        });
    }

    @Override
    public Map<String, Set<Role>> all() {
        return db.read(c -> {
            Map<String, Set<Role>> all = new TreeMap<>();
            Sql.query(c, "SELECT userid, role FROM member_roles", rs -> all.computeIfAbsent(rs.getString(1),
                    k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2))));
            return all;
        });
    }

    @Override
    public void setRoles(String userid, Set<Role> roles, String grantedBy) {
        db.write(c -> replace(c, userid, roles, grantedBy));
    }

    @Override
    public void assignDefaultsIfAbsent(Map<String, Set<Role>> defaults) {
        db.write(c -> {
            for (Map.Entry<String, Set<Role>> entry : defaults.entrySet()) {
                long existing = Sql.queryLong(c, "SELECT COUNT(*) FROM member_roles WHERE userid = ?", entry.getKey());
                if (existing == 0) {
                    replace(c, entry.getKey(), entry.getValue(), "system");
                }
            }
        });
    }

    private void replace(Connection c, String userid, Set<Role> roles, String grantedBy) throws SQLException {
        Sql.update(c, "DELETE FROM member_roles WHERE userid = ?", userid);
        for (Role role : roles) {
            Sql.update(c, "INSERT INTO member_roles (userid, role, granted_by, granted_at) VALUES (?, ?, ?, ?)",
                    userid, role, grantedBy, clock.millis());
        }
    }
}
