package com.siyu.workbench.contacts.orders;

import com.siyu.workbench.contacts.PhoneNumbers;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The matching keys of every customer, loaded once per import or rematch (a few hundred ms for 100,000 customers),
 * so matching 100,000 orders is hash lookups rather than queries. Exact keys (UnionID, phone, customer-given order
 * id) match only when they point to exactly one customer; otherwise the candidates become suggestions.
 */
final class MatchIndex {
    /** At most this many candidates make a useful suggestion; a key shared by more suggests nobody. */
    static final int MAX_SUGGESTIONS = 5;

    /** Sized for ~100,000 customers so loading never rehashes. */
    private static final int EXPECTED = 1 << 18;

    private final Keys byUnionid;
    private final Keys byPhone;
    private final Keys byRef;
    private final Keys byNickname;
    private final Map<String, String> names;
    private final Map<String, List<FollowSpan>> follows;

    /** {@code expected}: how many customers the maps are sized for (a one-customer index allocates next to nothing). */
    private MatchIndex(int expected) {
        byUnionid = new Keys(expected);
        byPhone = new Keys(expected);
        byRef = new Keys(expected);
        byNickname = new Keys(expected);
        names = new HashMap<>(expected);
        follows = new HashMap<>(expected);
    }

    /**
     * Key → customers. Nearly every key names one customer, so a set is only built for a key several share:
     * loading 300,000 keys allocates strings, not 300,000 sets.
     */
    private static final class Keys {
        private final Map<String, String> single;
        private final Map<String, Set<String>> shared = new HashMap<>();

        Keys(int expected) {
            single = new HashMap<>(expected);
        }

        /** Returns null, so a row mapper can end with it. */
        Void add(String key, String id) {
            if (key.isEmpty()) {
                return null;
            }
            Set<String> several = shared.get(key);
            if (several != null) {
                several.add(id);
                return null;
            }
            String first = single.putIfAbsent(key, id);
            if (first != null && !first.equals(id)) {
                single.remove(key);
                Set<String> both = new LinkedHashSet<>(4);
                both.add(first);
                both.add(id);
                shared.put(key, both);
            }
            return null;
        }

        Set<String> get(String key) {
            Set<String> several = shared.get(key);
            if (several != null) {
                return several;
            }
            String one = single.get(key);
            return one == null ? null : Set.of(one);
        }
    }

    static MatchIndex load(Connection c) throws SQLException {
        MatchIndex index = new MatchIndex(EXPECTED);
        Sql.query(c, "SELECT external_userid, name, unionid FROM contacts", rs -> {
            String id = rs.getString(1);
            String name = rs.getString(2);
            index.names.put(id, name);
            index.byNickname.add(strip(name), id);
            return index.byUnionid.add(strip(rs.getString(3)), id);
        });
        // One pass over follows for both the spans and the remark phones (a row per phone, at least one per
        // follow): reading 100,000 rows through JDBC costs far more than SQLite's scan, so the table is read once.
        // A follow's rows come together; were they ever apart, a repeated span would not change any credit.
        long[] previousFollow = {Long.MIN_VALUE};
        Sql.query(c, "SELECT f.external_userid, f.rowid, j.value, f.userid, f.added_at, f.lost_at, f.state"
                + " FROM follows f LEFT JOIN json_each(CASE WHEN json_valid(f.remark_mobiles)"
                + " THEN f.remark_mobiles ELSE '[]' END) j", rs -> {
                    String id = rs.getString(1);
                    long follow = rs.getLong(2);
                    if (follow != previousFollow[0]) {
                        previousFollow[0] = follow;
                        index.follows.computeIfAbsent(id, k -> new ArrayList<>(2)).add(new FollowSpan(
                                rs.getString(4), Instant.ofEpochMilli(rs.getLong(5)), nullableInstant(rs, 6),
                                rs.getString(7)));
                    }
                    String phone = rs.getString(3);
                    return phone == null ? null : index.byPhone.add(PhoneNumbers.normalise(phone), id);
                });
        Sql.query(c, "SELECT order_ref, external_userid FROM contact_order_refs", rs -> index.byRef.add(
                strip(rs.getString(1)), rs.getString(2)));
        return index;
    }

    /**
     * Only what crediting an order of {@code externalUserid} needs: that customer's name and follows. Confirming a
     * suggestion or recording an order id the customer gave touches one customer, so it reads two short index
     * lookups instead of every customer's keys; {@link #credited} answers exactly as on the full index.
     */
    static MatchIndex forContact(Connection c, String externalUserid) throws SQLException {
        MatchIndex index = new MatchIndex(2);
        Sql.queryOne(c, "SELECT name FROM contacts WHERE external_userid = ?", rs -> rs.getString(1), externalUserid)
                .ifPresent(name -> index.names.put(externalUserid, name));
        List<FollowSpan> spans = Sql.query(c, "SELECT userid, added_at, lost_at, state FROM follows"
                + " WHERE external_userid = ?", rs -> new FollowSpan(rs.getString(1),
                Instant.ofEpochMilli(rs.getLong(2)), nullableInstant(rs, 3), rs.getString(4)), externalUserid);
        if (!spans.isEmpty()) {
            index.follows.put(externalUserid, spans);
        }
        return index;
    }

    private static Instant nullableInstant(java.sql.ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    MatchResult match(ParsedOrder order) {
        return match(order.orderId(), order.customerOrderRef(), order.unionid(), order.phone(), order.nickname(),
                order.orderedAt());
    }

    MatchResult match(String orderId, String customerRef, String unionid, String phone, String nickname,
                      Instant orderedAt) {
        Map<String, MatchMethod> suggestions = new java.util.LinkedHashMap<>();
        MatchResult exact = exact(byUnionid.get(strip(unionid)), MatchMethod.UNIONID, orderedAt, suggestions);
        if (exact == null) {
            exact = exact(byPhone.get(PhoneNumbers.normalise(phone)), MatchMethod.PHONE, orderedAt, suggestions);
        }
        if (exact == null) {
            String ref = strip(customerRef).isEmpty() ? strip(orderId) : strip(customerRef);
            exact = exact(byRef.get(ref), MatchMethod.ORDER_ID, orderedAt, suggestions);
        }
        if (exact != null) {
            return exact;
        }
        Set<String> sameNickname = byNickname.get(strip(nickname));
        // a nickname dozens of customers share ("小鱼儿") identifies nobody: suggest only a short list
        if (sameNickname != null && sameNickname.size() <= MAX_SUGGESTIONS) {
            sameNickname.forEach(id -> suggestions.putIfAbsent(id, MatchMethod.NICKNAME));
        }
        List<MatchResult.Suggestion> list = suggestions.entrySet().stream().limit(MAX_SUGGESTIONS)
                .map(e -> new MatchResult.Suggestion(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
        return new MatchResult(null, null, null, null, null, list);
    }

    private MatchResult exact(Set<String> candidates, MatchMethod method, Instant orderedAt,
                              Map<String, MatchMethod> suggestions) {
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        if (candidates.size() > 1) {
            if (candidates.size() <= MAX_SUGGESTIONS) {
                candidates.forEach(id -> suggestions.putIfAbsent(id, method));
            }
            return null;
        }
        String id = candidates.iterator().next();
        return credited(id, method, orderedAt);
    }

    /** The match of {@code externalUserid} by {@code method}, with the rep and channel credited. */
    MatchResult credited(String externalUserid, MatchMethod method, Instant orderedAt) {
        Optional<FollowSpan> credit = Attribution.credit(follows.getOrDefault(externalUserid, List.of()), orderedAt);
        return new MatchResult(externalUserid, names.get(externalUserid), method,
                credit.map(FollowSpan::userid).orElse(null), credit.map(FollowSpan::state).orElse(null), List.of());
    }

    boolean knows(String externalUserid) {
        return names.containsKey(externalUserid);
    }
}
