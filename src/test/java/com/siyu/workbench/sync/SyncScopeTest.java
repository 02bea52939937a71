package com.siyu.workbench.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.members.JdbcMemberRepository;
import com.siyu.workbench.members.JdbcRoleRepository;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.roles.RegionalOrg;
import com.siyu.workbench.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whose customers a desk keeps: a regional manager's desk has every store under the region (members.Teams). */
class SyncScopeTest {
    @TempDir
    Path dir;

    @Test
    void aRegionalLeadsDeskSyncsEveryStoreBelowTheRegionAGuidesOnlyTheirOwn() throws Exception {
        try (Database db = Database.open(dir.resolve("w.db"))) {
            JdbcMemberRepository members = new JdbcMemberRepository(db, Clock.systemUTC());
            JdbcRoleRepository roles = new JdbcRoleRepository(db, Clock.systemUTC());
            members.replaceAll(RegionalOrg.ORG, RegionalOrg.MEMBERS);
            roles.setRoles("zhaoqu", Set.of(Role.LEAD), "test");
            roles.setRoles("xuhui1", Set.of(Role.GUIDE), "test");
            SyncScope scope = new SyncScope(members, roles);

            assertThat(scope.followUsers("zhaoqu")).containsExactly("jingan1", "wangdz", "xuhui1");
            assertThat(scope.followUsers("xuhui1")).containsExactly("xuhui1");
            assertThat(scope.followUsers(null)).contains("tianhe1");
        }
    }
}
