package com.siyu.workbench.contacts.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.contacts.ContactEditException;
import com.siyu.workbench.contacts.ContactsFixture;
import com.siyu.workbench.contacts.ContactsModule;
import com.siyu.workbench.core.ProgressReporter;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After an import: suggestions, customer-given order ids, rematching, attribution and the figures. */
class OrderMatchingTest {
    static final Actor OTHER = new Actor(ContactsFixture.OTHER_GUIDE, "李四", Set.of(Role.GUIDE));
    static final Instant NOW = TestWorkbench.MORNING;

    @TempDir
    Path dir;
    Workbench workbench;
    ContactsFixture fixture;
    ContactsModule contacts;

    @BeforeEach
    void open() throws Exception {
        workbench = TestWorkbench.open(dir.resolve("db"));
        fixture = new ContactsFixture(workbench.db()).standard(TestWorkbench.GUIDE, NOW);
        contacts = new ContactsModule(workbench.db(), workbench.clock(), workbench.members(), workbench.activityLog(),
                workbench.outbox(), () -> { });
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private void importCsv(String rows) throws Exception {
        Path path = dir.resolve("orders-" + System.nanoTime() + ".csv");
        Files.writeString(path, "订单号,下单时间,金额,商品,手机号,买家昵称,UnionID,平台订单号\n" + rows, StandardCharsets.UTF_8);
        TabularFile file = contacts.orderImport().read(path);
        contacts.orderImport().importOrders(OrderImportTest.LEAD, file, ColumnMapping.guess(file.headers()),
                ProgressReporter.NONE);
    }

    private String[] order(String id) {
        return workbench.db().read(c -> Sql.queryOne(c, "SELECT external_userid, match_method, credited_userid,"
                + " credited_state FROM orders WHERE order_id = ?", rs -> new String[] {rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4)}, id).orElseThrow());
    }

    @Test
    void aGuideConfirmsANicknameSuggestionForTheirOwnCustomerOnly() throws Exception {
        importCsv("N1,2026-11-20,100,口红,,赵丽颖粉丝,,\nN2,2026-11-20,100,口红,,陈其他,,\n");
        List<UnmatchedOrder> mine = contacts.orderMatching().unmatched(OrderImportTest.GUIDE, 50);
        assertThat(mine).extracting(UnmatchedOrder::orderId).containsExactly("N1");
        assertThat(mine.get(0).suggestions()).singleElement().satisfies(s -> {
            assertThat(s.contactName()).isEqualTo("赵丽颖粉丝");
            assertThat(s.reason()).isEqualTo(MatchMethod.NICKNAME);
            assertThat(s.confirmable()).isTrue();
        });
        assertThatThrownBy(() -> contacts.orderMatching().confirm(OrderImportTest.GUIDE, "N2", "wm-other"))
                .isInstanceOf(ContactEditException.class);

        contacts.orderMatching().confirm(OrderImportTest.GUIDE, "N1", "wm-zhao");
        assertThat(order("N1")).containsExactly("wm-zhao", "NICKNAME", TestWorkbench.GUIDE, null);
        assertThat(contacts.orderMatching().unmatched(OrderImportTest.LEAD, 50)).extracting(UnmatchedOrder::orderId)
                .containsExactly("N2");
        assertThatThrownBy(() -> contacts.orderMatching().confirm(OrderImportTest.GUIDE, "N1", "wm-zhao"))
                .extracting(e -> ((ContactEditException) e).messageKey())
                .isEqualTo("contacts.orders.error.noSuggestion");

        contacts.orderMatching().reject(OTHER, "N2", "wm-other");
        assertThat(contacts.orderMatching().unmatched(OrderImportTest.LEAD, 50).get(0).suggestions()).isEmpty();
        assertThat(order("N2")[0]).isNull();
    }

    @Test
    void confirmingASuggestionCreditsTheFollowOfTheOrderTimeLikeAnImportWould() throws Exception {
        // 赵: the guide's follow (no channel) was lost 10 days ago; the colleague added her 20 days ago via the
        // livestream and still follows her. An order 5 days ago belongs to the colleague, one 15 days ago to the guide.
        fixture.follow("wm-zhao", ContactsFixture.OTHER_GUIDE, "", "", List.of(), NOW.minusSeconds(86400 * 20),
                "live-1126");
        importCsv("Z1,2026-11-18,100,口红,,赵丽颖粉丝,,\nZ2,2026-11-08,100,口红,,赵丽颖粉丝,,\n");
        contacts.orderMatching().confirm(OTHER, "Z1", "wm-zhao");
        contacts.orderMatching().confirm(OrderImportTest.GUIDE, "Z2", "wm-zhao");
        assertThat(order("Z1")).containsExactly("wm-zhao", "NICKNAME", ContactsFixture.OTHER_GUIDE, "live-1126");
        assertThat(order("Z2")).containsExactly("wm-zhao", "NICKNAME", TestWorkbench.GUIDE, null);
    }

    @Test
    void theOneCustomerIndexCreditsExactlyAsTheWholeIndex() {
        fixture.follow("wm-li", ContactsFixture.OTHER_GUIDE, "", "", List.of(), NOW.minusSeconds(86400 * 60),
                "live-1126").lost("wm-li", ContactsFixture.OTHER_GUIDE, NOW.minusSeconds(86400 * 40));
        fixture.follow("wm-zhao", ContactsFixture.OTHER_GUIDE, "", "", List.of(), NOW.minusSeconds(86400 * 20), null);
        List<String> customers = List.of("wm-li", "wm-wang", "wm-zhao", "wm-other", "wm-far", "wm-nobody");
        List<Instant> times = List.of(NOW.minusSeconds(86400 * 100), NOW.minusSeconds(86400 * 50),
                NOW.minusSeconds(86400 * 15), NOW.minusSeconds(86400 * 5), NOW);
        int compared = workbench.db().read(c -> {
            MatchIndex whole = MatchIndex.load(c);
            int n = 0;
            for (String id : customers) {
                MatchIndex one = MatchIndex.forContact(c, id);
                for (Instant at : times) {
                    assertThat(one.credited(id, MatchMethod.NICKNAME, at))
                            .as("%s at %s", id, at).isEqualTo(whole.credited(id, MatchMethod.NICKNAME, at));
                    n++;
                }
            }
            return n;
        });
        assertThat(compared).isEqualTo(customers.size() * times.size());
    }

    @Test
    void aNicknameSharedByManyCustomersSuggestsNobody() throws Exception {
        for (int i = 0; i < MatchIndex.MAX_SUGGESTIONS + 1; i++) {
            fixture.contact("wm-fish" + i, "小鱼儿", null).follow("wm-fish" + i, TestWorkbench.GUIDE, "", "", null,
                    NOW.minusSeconds(86400), null);
        }
        importCsv("F1,2026-11-20,100,口红,,小鱼儿,,\n");
        assertThat(contacts.orderMatching().unmatched(OrderImportTest.LEAD, 10).get(0).suggestions()).isEmpty();
    }

    @Test
    void anOrderIdTheCustomerGaveTheirGuideMatchesNowAndInLaterImports() throws Exception {
        importCsv("JD-77,2026-11-20,300,面霜,,,,\n");
        assertThat(contacts.orderMatching().addOrderRef(OrderImportTest.GUIDE, "wm-wang", "JD-77")).isEqualTo(1);
        assertThat(order("JD-77")).containsExactly("wm-wang", "ORDER_ID", TestWorkbench.GUIDE, "live-1126");

        contacts.orderMatching().addOrderRef(OrderImportTest.GUIDE, "wm-li", "TB-555");
        // the file's own id differs; its platform order id column carries the id the customer quoted
        importCsv("SHOP-1,2026-11-21,99,口红,,,,TB-555\n");
        assertThat(order("SHOP-1")).containsExactly("wm-li", "ORDER_ID", TestWorkbench.GUIDE, "store-xh");
        assertThat(contacts.service().profile(OrderImportTest.GUIDE, "wm-li").orderRefs()).containsExactly("TB-555");
    }

    @Test
    void rematchPicksUpCustomersThatSyncedAfterTheImport() throws Exception {
        importCsv("R1,2026-11-20,100,口红,13500001234,,,\n");
        assertThat(order("R1")[0]).isNull();
        fixture.contact("wm-new", "新客户", null).follow("wm-new", TestWorkbench.GUIDE, "", "",
                List.of("135-0000-1234"), NOW.minusSeconds(86400 * 5), "store-xh");
        assertThat(contacts.orderMatching().rematch(OrderImportTest.LEAD)).isEqualTo(1);
        assertThat(order("R1")).containsExactly("wm-new", "PHONE", TestWorkbench.GUIDE, "store-xh");
    }

    @Test
    void aPhoneSharedByTwoCustomersIsOnlyASuggestion() throws Exception {
        fixture.contact("wm-twin", "双胞胎", null).follow("wm-twin", TestWorkbench.GUIDE, "", "",
                List.of("13812345678"), NOW.minusSeconds(86400), null);
        importCsv("P1,2026-11-20,100,口红,13812345678,,,\n");
        assertThat(order("P1")[0]).isNull();
        assertThat(contacts.orderMatching().unmatched(OrderImportTest.GUIDE, 10).get(0).suggestions())
                .extracting(UnmatchedOrder.SuggestedContact::externalUserid, UnmatchedOrder.SuggestedContact::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("wm-li", MatchMethod.PHONE),
                        org.assertj.core.groups.Tuple.tuple("wm-twin", MatchMethod.PHONE));
    }

    @Test
    void theFirstMemberFollowingAtOrderTimeIsCreditedWithTheirChannel() throws Exception {
        // 李思雨: followed by the guide since 30 days ago (store-xh); the colleague added her 60 days ago via the
        // livestream but she deleted the colleague 40 days ago.
        fixture.follow("wm-li", ContactsFixture.OTHER_GUIDE, "", "", List.of(), NOW.minusSeconds(86400 * 60),
                "live-1126").lost("wm-li", ContactsFixture.OTHER_GUIDE, NOW.minusSeconds(86400 * 40));
        importCsv("E1,2026-09-30,100,口红,,,union-li,\n" // 54 days ago: only the colleague followed
                + "E2,2026-11-20,100,口红,,,union-li,\n"); // 3 days ago: the colleague was lost, the guide follows
        assertThat(order("E1")).containsExactly("wm-li", "UNIONID", ContactsFixture.OTHER_GUIDE, "live-1126");
        assertThat(order("E2")).containsExactly("wm-li", "UNIONID", TestWorkbench.GUIDE, "store-xh");

        Instant at = Instant.parse("2026-11-01T00:00:00Z");
        FollowSpan early = new FollowSpan("b", at.minusSeconds(100), null, "s1");
        FollowSpan late = new FollowSpan("a", at.minusSeconds(10), null, "s2");
        FollowSpan tie = new FollowSpan("a", at.minusSeconds(100), null, "s3");
        assertThat(Attribution.credit(List.of(late, early), at)).contains(early);
        assertThat(Attribution.credit(List.of(early, tie), at)).contains(tie);
        assertThat(Attribution.credit(List.of(late), at.minusSeconds(1000))).contains(late);
        assertThat(Attribution.credit(List.of(), at)).isEmpty();
    }

    @Test
    void perContactPerRepAndPerChannelFiguresIncludeRepeatPurchaseRate() throws Exception {
        importCsv("S0,2026-10-05,500,口红,,,union-li,\n"   // before the period: makes 李 a repeat buyer
                + "S1,2026-11-02,1000,口红,,,union-li,\n"
                + "S2,2026-11-10,200,精华,13900001111,,,\n"
                + "S3,2026-11-12,300,精华,13900001111,,,\n"
                + "S4,2026-11-15,800,面霜,,,union-other,\n"
                + "S5,2026-11-16,50,口红,,陌生人,,\n");
        OrderStats stats = contacts.orderStats();
        ContactOrderStats li = stats.forContact("wm-li");
        assertThat(li.orderCount()).isEqualTo(2);
        assertThat(li.totalCents()).isEqualTo(150000);
        assertThat(li.lastOrderAt()).isEqualTo(Instant.parse("2026-11-01T16:00:00Z"));
        assertThat(stats.lastOrderAtForMember(TestWorkbench.GUIDE)).containsOnlyKeys("wm-li", "wm-wang");
        assertThat(stats.lastOrderAt(List.of("wm-wang", "wm-zhao"))).containsOnlyKeys("wm-wang");

        Period november = Period.days(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), workbench.clock()
                .getZone());
        List<SalesStats> reps = stats.byRep(november, List.of(TestWorkbench.GUIDE, ContactsFixture.OTHER_GUIDE));
        SalesStats guide = reps.stream().filter(s -> s.key().equals(TestWorkbench.GUIDE)).findFirst().orElseThrow();
        assertThat(guide.name()).isEqualTo("张晓雯");
        assertThat(guide.revenueCents()).isEqualTo(150000);
        assertThat(guide.orders()).isEqualTo(3);
        assertThat(guide.buyers()).isEqualTo(2);
        assertThat(guide.repeatBuyers()).isEqualTo(2);
        assertThat(guide.repeatPurchaseRate()).isEqualTo(1.0);
        // 李, 王 and 赵 (lost on Nov 13, inside the period) were the guide's contacts in November
        assertThat(guide.contacts()).isEqualTo(3);
        assertThat(guide.revenuePerContactCents()).isEqualTo(50000);
        SalesStats other = reps.stream().filter(s -> s.key().equals(ContactsFixture.OTHER_GUIDE)).findFirst()
                .orElseThrow();
        assertThat(other.repeatPurchaseRate()).isZero();
        assertThat(other.revenueCents()).isEqualTo(80000);

        List<SalesStats> channels = stats.byChannel(november, List.of());
        assertThat(channels).extracting(SalesStats::key, SalesStats::revenueCents).startsWith(
                org.assertj.core.groups.Tuple.tuple("store-xh", 180000L),
                org.assertj.core.groups.Tuple.tuple("live-1126", 50000L));
        assertThat(channels.get(0).name()).isEqualTo("徐汇店门口活码");
    }
}
