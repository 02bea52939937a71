package com.siyu.workbench.roles;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.audit.JdbcTeamRepository;
import com.siyu.workbench.audit.TeamScopeResolver;
import com.siyu.workbench.contacts.ContactAccess;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.JdbcMemberRepository;
import com.siyu.workbench.members.Member;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.members.Teams;
import com.siyu.workbench.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lead's team is one set wherever it is asked: the contacts the lead reads and the reps the team dashboard audits
 * (and whose customers the lead's desk syncs: sync.SyncScopeTest). A regional manager who leads 华东区 in WeCom has
 * every store below it; a store manager their store; nobody gets a sibling region.
 */
class LeadTeamScopeTest {
    @TempDir
    Path dir;
    Database db;
    JdbcMemberRepository members;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("w.db"));
        members = new JdbcMemberRepository(db, Clock.systemUTC());
        members.replaceAll(RegionalOrg.ORG, RegionalOrg.MEMBERS);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRegionalManagerHasEveryStoreBelowTheirRegionAndNoOtherRegion() {
        assertThat(Teams.of(RegionalOrg.REGIONAL, members)).containsExactlyInAnyOrder("zhaoqu", "wangdz", "xuhui1", "jingan1");
        assertThat(Teams.of(RegionalOrg.STORE_LEAD, members)).containsExactlyInAnyOrder("wangdz", "xuhui1");
    }

    @Test
    void contactsAndTheTeamDashboardAgreeOnTheTeam() {
        for (Member lead : List.of(RegionalOrg.REGIONAL, RegionalOrg.STORE_LEAD)) {
            Actor actor = new Actor(lead.userid(), lead.name(), Set.of(Role.LEAD));
            Set<String> contacts = new HashSet<>(new ContactAccess(members).scopeOf(actor).visibleUserids());
            Set<String> dashboard = new TeamScopeResolver(new JdbcTeamRepository(db)).scopeOf(actor).userids();

            // the dashboard lists reps (members with 客户联系); contacts also names the lead, who may have none
            Set<String> reps = new HashSet<>(contacts);
            reps.removeIf(userid -> RegionalOrg.MEMBERS.stream().noneMatch(m -> m.userid().equals(userid) && m.followUser()));
            assertThat(reps).as(lead.name()).isEqualTo(dashboard);
        }
    }
}
