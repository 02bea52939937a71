package com.siyu.workbench.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search and filters over a real SQLite file with the real triggers and FTS5 index. */
class ContactQueryTest {
    static final Actor GUIDE = new Actor(TestWorkbench.GUIDE, "张晓雯", Set.of(Role.GUIDE));
    static final Actor LEAD = new Actor(TestWorkbench.LEAD, "王店长", Set.of(Role.LEAD));

    @TempDir
    Path dir;
    Workbench workbench;
    ContactsFixture fixture;
    ContactQuery query;
    ContactAccess access;

    @BeforeEach
    void open() throws Exception {
        workbench = TestWorkbench.open(dir);
        fixture = new ContactsFixture(workbench.db()).standard(TestWorkbench.GUIDE, TestWorkbench.MORNING);
        query = new ContactQuery(workbench.db(), new ContactSearchIndex(workbench.db()), workbench.clock());
        access = new ContactAccess(workbench.members());
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private List<String> search(Actor actor, ContactFilter filter) {
        return query.page(access.scopeOf(actor), filter, ContactSort.ADDED_NEWEST, 0, 50).rows().stream()
                .map(ContactRow::externalUserid).toList();
    }

    @Test
    void aChineseFragmentOfThreeOrMoreCharactersUsesTheTrigramIndex() {
        assertThat(search(GUIDE, ContactFilter.text("思雨"))).containsExactly("wm-li");
        assertThat(search(GUIDE, ContactFilter.text("周末来店"))).containsExactly("wm-li");
        assertThat(search(GUIDE, ContactFilter.text("精华液"))).containsExactly("wm-wang");
    }

    @Test
    void oneAndTwoCharacterQueriesMatchInsideNamesAndTagsAndAtWordStartsElsewhere() {
        assertThat(search(GUIDE, ContactFilter.text("李"))).containsExactly("wm-li");
        assertThat(search(GUIDE, ContactFilter.text("思雨"))).containsExactly("wm-li");
        assertThat(search(GUIDE, ContactFilter.text("老客"))).containsExactly("wm-li");
        assertThat(search(GUIDE, ContactFilter.text("口红"))).containsExactly("wm-li");
        assertThat(search(GUIDE, ContactFilter.text("vi"))).containsExactly("wm-li");
        assertThat(search(GUIDE, ContactFilter.text("问过"))).containsExactly("wm-wang");
        // inside a longer description word only three or more characters match (the trigram index)
        assertThat(search(GUIDE, ContactFilter.text("末来"))).isEmpty();
        assertThat(search(GUIDE, ContactFilter.text("周末来"))).containsExactly("wm-li");
        assertThat(search(GUIDE, ContactFilter.text("·"))).isEmpty();
    }

    @Test
    void followsAddedInTheSameMillisecondAreAllIndexed() {
        workbench.db().write(c -> {
            Sql.update(c, "INSERT INTO contacts (external_userid, name, updated_at) VALUES ('wm-a', '同刻甲', 0),"
                    + " ('wm-b', '同刻乙', 0)");
            // rowids equal in their low 16 bits and the same added_at: the ordered document ids collide
            Sql.update(c, "INSERT INTO follows (rowid, external_userid, userid, added_at, synced_at) VALUES"
                    + " (1000001, 'wm-a', 'zhangxw', 777000, 0), (1065537, 'wm-b', 'zhangxw', 777000, 0)");
        });
        assertThat(search(GUIDE, ContactFilter.text("同刻"))).containsExactlyInAnyOrder("wm-a", "wm-b");
    }

    @Test
    void phoneDigitsMatchInFullByLastFourAndWithSeparators() {
        assertThat(search(GUIDE, ContactFilter.text("5678"))).containsExactly("wm-li");
        assertThat(search(GUIDE, ContactFilter.text("1111"))).containsExactly("wm-wang");
        assertThat(search(GUIDE, ContactFilter.text("138-1234-5678"))).containsExactly("wm-li");
        assertThat(search(GUIDE, ContactFilter.text("+86 13812345678"))).containsExactly("wm-li");
    }

    @Test
    void everyTermMustMatch() {
        assertThat(search(GUIDE, ContactFilter.text("李姐 口红"))).containsExactly("wm-li");
        assertThat(search(GUIDE, ContactFilter.text("李姐 精华液"))).isEmpty();
    }

    @Test
    void searchSeesEveryWriteAtOnceWithoutAnExplicitReindex() {
        assertThat(search(GUIDE, ContactFilter.text("大客户"))).isEmpty();
        workbench.db().write(c -> Sql.update(c, "UPDATE follows SET remark = '大客户刘' WHERE external_userid = 'wm-wang'"));
        assertThat(search(GUIDE, ContactFilter.text("大客户"))).containsExactly("wm-wang");
        workbench.db().write(c -> Sql.update(c, "UPDATE tags SET name = '高端精华' WHERE tag_id = 't-serum'"));
        assertThat(search(GUIDE, ContactFilter.text("高端精华"))).containsExactly("wm-wang");
        workbench.db().write(c -> Sql.update(c, "DELETE FROM follow_tags WHERE tag_id = 't-serum'"));
        assertThat(search(GUIDE, ContactFilter.text("高端精华"))).isEmpty();
        workbench.db().write(c -> Sql.update(c, "UPDATE contacts SET name = '王大明' WHERE external_userid = 'wm-wang'"));
        assertThat(search(GUIDE, ContactFilter.text("王大明"))).containsExactly("wm-wang");
        assertThat(search(GUIDE, ContactFilter.text("王小明"))).isEmpty();
    }

    @Test
    void syncStyleUpsertsAndReplacesKeepTheIndexCurrent() {
        workbench.db().write(c -> {
            // what a sync page does for a customer it already has: UPSERTs, then the follow's tags replaced
            Sql.update(c, "INSERT INTO contacts (external_userid, name, updated_at) VALUES ('wm-wang', '王二小', 1)"
                    + " ON CONFLICT (external_userid) DO UPDATE SET name = excluded.name, updated_at = 1");
            Sql.update(c, "INSERT INTO follows (external_userid, userid, remark, added_at, synced_at) VALUES"
                    + " ('wm-wang', 'zhangxw', '王总', 0, 1) ON CONFLICT (external_userid, userid)"
                    + " DO UPDATE SET remark = excluded.remark, synced_at = excluded.synced_at");
            Sql.update(c, "DELETE FROM follow_tags WHERE external_userid = 'wm-wang' AND userid = 'zhangxw'");
            Sql.update(c, "INSERT OR IGNORE INTO follow_tags (external_userid, userid, tag_id)"
                    + " VALUES ('wm-wang', 'zhangxw', 't-vip')");
            Sql.update(c, "INSERT OR REPLACE INTO contacts (external_userid, name, updated_at)"
                    + " VALUES ('wm-new', '新来的客户', 1)");
            Sql.update(c, "INSERT OR REPLACE INTO follows (external_userid, userid, added_at, synced_at)"
                    + " VALUES ('wm-new', 'zhangxw', 5, 1)");
        });
        assertThat(search(GUIDE, ContactFilter.text("王二小 王总 VIP会员"))).containsExactly("wm-wang");
        assertThat(search(GUIDE, ContactFilter.text("王小明"))).isEmpty();
        assertThat(search(GUIDE, ContactFilter.text("新来的"))).containsExactly("wm-new");
        workbench.db().write(c -> Sql.update(c, "DELETE FROM follows WHERE external_userid = 'wm-new'"));
        assertThat(search(GUIDE, ContactFilter.text("新来的"))).isEmpty();
    }

    @Test
    void tagFiltersAnyAllNone() {
        ContactFilter any = ContactFilter.ALL.withTags(List.of("t-lipstick", "t-serum"), null, null);
        assertThat(search(GUIDE, any)).containsExactlyInAnyOrder("wm-li", "wm-wang");
        ContactFilter all = ContactFilter.ALL.withTags(null, List.of("t-lipstick", "t-vip"), null);
        assertThat(search(GUIDE, all)).containsExactly("wm-li");
        ContactFilter none = ContactFilter.ALL.withTags(null, null, List.of("t-lipstick"));
        assertThat(search(GUIDE, none)).containsExactly("wm-wang", "wm-zhao");
    }

    @Test
    void channelStageAddedDatesTouchAndLostFilters() {
        assertThat(search(GUIDE, ContactFilter.ALL.withChannels(List.of("live-1126")))).containsExactly("wm-wang");
        assertThat(search(GUIDE, ContactFilter.ALL.withStages(List.of("t-deal")))).containsExactly("wm-li");
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(search(GUIDE, ContactFilter.ALL.withAdded(today.minusDays(5), today))).containsExactly("wm-wang");
        assertThat(search(GUIDE, ContactFilter.ALL.withAdded(null, today.minusDays(31)))).containsExactly("wm-zhao");
        assertThat(search(GUIDE, ContactFilter.ALL.withStatus(FollowStatusFilter.LOST))).containsExactly("wm-zhao");
        assertThat(search(GUIDE, ContactFilter.ALL.withStatus(FollowStatusFilter.ACTIVE)))
                .containsExactly("wm-wang", "wm-li");

        fixture.touch("wm-li", TestWorkbench.GUIDE, TestWorkbench.MORNING.minusSeconds(86400 * 2));
        fixture.touch("wm-wang", TestWorkbench.GUIDE, TestWorkbench.MORNING.minusSeconds(86400 * 20));
        // another member's touch does not count as the follow's own
        fixture.touch("wm-zhao", ContactsFixture.OTHER_GUIDE, TestWorkbench.MORNING.minusSeconds(3600));
        assertThat(search(GUIDE, ContactFilter.ALL.withNotTouchedDays(7))).containsExactly("wm-wang", "wm-zhao");
    }

    @Test
    void aGuideSeesOnlyTheCustomersTheyFollow() {
        assertThat(search(GUIDE, ContactFilter.ALL)).containsExactly("wm-wang", "wm-li", "wm-zhao");
        assertThat(search(GUIDE, ContactFilter.text("陈先生"))).isEmpty();
        assertThat(search(GUIDE, ContactFilter.text("13712345678"))).isEmpty();
    }

    @Test
    void aLeadSeesTheTeamSharingTheirDepartmentsButNotOtherStores() {
        assertThat(search(LEAD, ContactFilter.ALL)).containsExactlyInAnyOrder("wm-li", "wm-wang", "wm-zhao",
                "wm-other");
        assertThat(search(LEAD, ContactFilter.text("外店客户"))).isEmpty();
    }

    @Test
    void rolesWithoutContactAccessAreRefused() {
        Actor reviewer = new Actor(TestWorkbench.REVIEWER, "刘燕", Set.of(Role.REVIEWER));
        assertThatThrownBy(() -> access.scopeOf(reviewer)).isInstanceOf(AccessDeniedException.class);
        Actor admin = new Actor(TestWorkbench.ADMIN, "陈管理", Set.of(Role.ADMIN));
        assertThatThrownBy(() -> access.scopeOf(admin)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pagesAreContiguousAndCountAgrees() {
        ContactScope scope = access.scopeOf(LEAD);
        ContactPage first = query.page(scope, ContactFilter.ALL, ContactSort.NAME, 0, 2);
        ContactPage second = query.page(scope, ContactFilter.ALL, ContactSort.NAME, 2, 2);
        assertThat(first.hasMore()).isTrue();
        assertThat(second.hasMore()).isFalse();
        assertThat(first.rows()).extracting(ContactRow::externalUserid)
                .doesNotContainAnyElementsOf(second.rows().stream().map(ContactRow::externalUserid).toList());
        assertThat(query.count(scope, ContactFilter.ALL)).isEqualTo(4);
        assertThat(query.count(scope, ContactFilter.text("口红"))).isEqualTo(2);
    }

    @Test
    void rowsCarryTagsStageChannelNameAndLastTouch() {
        fixture.touch("wm-li", TestWorkbench.GUIDE, TestWorkbench.MORNING.minusSeconds(600));
        ContactRow li = query.page(access.scopeOf(GUIDE), ContactFilter.text("李姐"), ContactSort.NAME, 0, 10)
                .rows().get(0);
        assertThat(li.displayName()).isEqualTo("李姐·老客");
        assertThat(li.tags()).extracting(TagChip::name).containsExactly("已成交", "口红", "VIP会员");
        assertThat(li.stage()).isEqualTo("已成交");
        assertThat(li.channelName()).isEqualTo("徐汇店门口活码");
        assertThat(li.lastTouchAt()).isEqualTo(TestWorkbench.MORNING.minusSeconds(600));
        assertThat(li.lost()).isFalse();
    }

    @Test
    void matchingIsTheAudienceOfOneMemberAndRoundTripsThroughJson() {
        ContactFilter filter = ContactFilter.ALL.withTags(List.of("t-lipstick"), null, null)
                .withStatus(FollowStatusFilter.ACTIVE);
        ContactFilter stored = ContactFilter.fromJson(filter.toJson());
        assertThat(stored).isEqualTo(filter);
        assertThat(query.matching(stored, TestWorkbench.GUIDE)).containsExactly("wm-li");
        assertThat(query.matching(stored, ContactsFixture.OTHER_GUIDE)).containsExactly("wm-other");
    }
}
