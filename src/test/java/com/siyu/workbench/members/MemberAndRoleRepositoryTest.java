package com.siyu.workbench.members;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemberAndRoleRepositoryTest {
    @TempDir
    Path dir;
    Database db;
    MemberRepository members;
    RoleRepository roles;

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(dir.resolve("w.db"));
        members = new JdbcMemberRepository(db, Clock.systemUTC());
        roles = new JdbcRoleRepository(db, Clock.systemUTC());
        members.replaceAll(List.of(new Department(1, "总部", null, 0), new Department(2, "上海徐汇店", 1, 1)),
                List.of(new Member("zhangxw", "张晓雯", "导购", 2, List.of(2), List.of(), true),
                        new Member("wangdz", "王店长", "店长", 2, List.of(2), List.of(2), true)));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void membersComeBackWithTheirDepartmentsAndLeadership() {
        Member lead = members.find("wangdz").orElseThrow();
        assertThat(lead.departments()).containsExactly(2);
        assertThat(lead.leaderOf()).containsExactly(2);
        assertThat(members.inDepartment(2)).extracting(Member::userid).containsExactlyInAnyOrder("zhangxw", "wangdz");
        assertThat(members.departments()).extracting(Department::name).containsExactly("总部", "上海徐汇店");
    }

    @Test
    void replacingTheOrganisationDropsMembersWhoLeft() {
        members.replaceAll(List.of(new Department(2, "上海徐汇店", null, 1)),
                List.of(new Member("zhangxw", "张晓雯", "导购", 2, List.of(2), List.of(), true)));
        assertThat(members.all()).extracting(Member::userid).containsExactly("zhangxw");
    }

    @Test
    void defaultsNeverOverrideAnAdminsChoice() {
        roles.setRoles("zhangxw", EnumSet.of(Role.GUIDE, Role.REVIEWER), "admin");
        roles.assignDefaultsIfAbsent(Map.of("zhangxw", Set.of(Role.GUIDE), "wangdz", Set.of(Role.LEAD)));

        assertThat(roles.rolesOf("zhangxw")).containsExactlyInAnyOrder(Role.GUIDE, Role.REVIEWER);
        assertThat(roles.rolesOf("wangdz")).containsExactly(Role.LEAD);
        assertThat(roles.all()).containsOnlyKeys("zhangxw", "wangdz");
    }
}
