package com.siyu.workbench.audit;

import com.siyu.workbench.members.Department;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class JdbcTeamRepository implements TeamRepository {
    private final Database db;

    public JdbcTeamRepository(Database db) {
        this.db = db;
    }

    @Override
    public Organisation organisation() {
        return db.read(c -> {
            List<Department> departments = Sql.query(c,
                    "SELECT id, name, parent_id, sort_order FROM departments ORDER BY sort_order, id",
                    rs -> new Department(rs.getInt(1), rs.getString(2), Sql.integer(rs, "parent_id"), rs.getInt(4)));
            Map<String, List<Integer>> memberOf = new HashMap<>();
            Map<String, List<Integer>> leaderOf = new HashMap<>();
            Sql.query(c, "SELECT userid, department_id, is_leader FROM member_departments ORDER BY department_id", rs -> {
                memberOf.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
                if (rs.getInt(3) == 1) {
                    leaderOf.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
                }
                return null;
            });
            List<Organisation.OrgMember> members = Sql.query(c,
                    "SELECT userid, name, mobile, is_follow_user FROM members ORDER BY name, userid",
                    rs -> new Organisation.OrgMember(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getInt(4) == 1, memberOf.getOrDefault(rs.getString(1), List.of()),
                            leaderOf.getOrDefault(rs.getString(1), List.of())));
            return new Organisation(departments, members);
        });
    }
}
