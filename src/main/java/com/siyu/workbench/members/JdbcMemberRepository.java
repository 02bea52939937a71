package com.siyu.workbench.members;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class JdbcMemberRepository implements MemberRepository {
    private static final String SELECT = "SELECT userid, name, position, main_department, is_follow_user FROM members";

    private final Database db;
    private final Clock clock;

    public JdbcMemberRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Member> all() {
        return db.read(c -> withDepartments(c, Sql.query(c, SELECT + " ORDER BY main_department, name, userid",
                JdbcMemberRepository::head)));
    }

    @Override
    public Optional<Member> find(String userid) {
        return db.read(c -> withDepartments(c, Sql.query(c, SELECT + " WHERE userid = ?", JdbcMemberRepository::head,
                userid))).stream().findFirst();
    }

    @Override
    public List<Member> inDepartment(int departmentId) {
        return db.read(c -> withDepartments(c, Sql.query(c, SELECT
                + " WHERE userid IN (SELECT userid FROM member_departments WHERE department_id = ?) ORDER BY name",
                JdbcMemberRepository::head, departmentId)));
    }

    @Override
    public List<Department> departments() {
        return db.read(c -> Sql.query(c, "SELECT id, name, parent_id, sort_order FROM departments ORDER BY sort_order, id",
                rs -> new Department(rs.getInt("id"), rs.getString("name"), Sql.integer(rs, "parent_id"),
                        rs.getInt("sort_order"))));
    }

    @Override
    public void replaceAll(List<Department> departments, List<Member> members) {
        long now = clock.millis();
        db.write(c -> {
            Sql.update(c, "DELETE FROM member_departments");
            Sql.update(c, "DELETE FROM members");
            Sql.update(c, "DELETE FROM departments");
            List<Object[]> deptRows = new ArrayList<>();
            departments.forEach(d -> deptRows.add(new Object[] {d.id(), d.name(), d.parentId(), d.order()}));
            Sql.batch(c, "INSERT INTO departments (id, name, parent_id, sort_order) VALUES (?, ?, ?, ?)", deptRows);
            List<Object[]> memberRows = new ArrayList<>();
            List<Object[]> linkRows = new ArrayList<>();
            for (Member m : members) {
                memberRows.add(new Object[] {m.userid(), m.name(), m.position(), m.mainDepartment(), m.followUser(), now});
                for (Integer dept : m.departments()) {
                    linkRows.add(new Object[] {m.userid(), dept, m.leaderOf().contains(dept)});
                }
            }
            Sql.batch(c, "INSERT INTO members (userid, name, position, main_department, is_follow_user, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", memberRows);
            Sql.batch(c, "INSERT INTO member_departments (userid, department_id, is_leader) VALUES (?, ?, ?)", linkRows);
        });
    }

    private static Member head(ResultSet rs) throws SQLException {
        return new Member(rs.getString("userid"), rs.getString("name"), rs.getString("position"),
                Sql.integer(rs, "main_department"), List.of(), List.of(), rs.getInt("is_follow_user") == 1);
    }

    private static List<Member> withDepartments(Connection c, List<Member> heads) throws SQLException {
        if (heads.isEmpty()) {
            return heads;
        }
        Map<String, List<Integer>> depts = new HashMap<>();
        Map<String, List<Integer>> leads = new HashMap<>();
        Sql.query(c, "SELECT userid, department_id, is_leader FROM member_departments ORDER BY department_id", rs -> {
            String userid = rs.getString(1);
            depts.computeIfAbsent(userid, k -> new ArrayList<>()).add(rs.getInt(2));
            if (rs.getInt(3) == 1) {
                leads.computeIfAbsent(userid, k -> new ArrayList<>()).add(rs.getInt(2));
            }
            return null;
        });
        List<Member> full = new ArrayList<>(heads.size());
        for (Member m : heads) {
            full.add(new Member(m.userid(), m.name(), m.position(), m.mainDepartment(),
                    depts.getOrDefault(m.userid(), List.of()), leads.getOrDefault(m.userid(), List.of()), m.followUser()));
        }
        return full;
    }
}
