package com.siyu.workbench.contacts.orders;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public final class JdbcOrderStats implements OrderStats {
    private static final int CHUNK = 500;

    private final Database db;

    public JdbcOrderStats(Database db) {
        this.db = db;
    }

    @Override
    public ContactOrderStats forContact(String externalUserid) {
        return db.read(c -> Sql.queryOne(c, "SELECT COUNT(*), coalesce(SUM(amount_cents), 0), MIN(ordered_at),"
                + " MAX(ordered_at) FROM orders WHERE external_userid = ?", rs -> new ContactOrderStats(externalUserid,
                rs.getInt(1), rs.getLong(2), Sql.instant(rs, "MIN(ordered_at)"), Sql.instant(rs, "MAX(ordered_at)")),
                externalUserid).orElseThrow());
    }

    @Override
    public Map<String, Instant> lastOrderAt(Collection<String> externalUserids) {
        List<String> ids = List.copyOf(externalUserids);
        return db.read(c -> {
            Map<String, Instant> last = new HashMap<>();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                Sql.query(c, "SELECT external_userid, MAX(ordered_at) AS last FROM orders WHERE external_userid IN ("
                        + marks(chunk.size()) + ") GROUP BY external_userid",
                        rs -> last.put(rs.getString(1), Sql.instant(rs, "last")), chunk.toArray());
            }
            return last;
        });
    }

    @Override
    public Map<String, Instant> lastOrderAtForMember(String memberUserid) {
        return db.read(c -> {
            Map<String, Instant> last = new HashMap<>();
            Sql.query(c, "SELECT o.external_userid, MAX(o.ordered_at) AS last FROM orders o WHERE o.external_userid IN"
                    + " (SELECT external_userid FROM follows WHERE userid = ?) GROUP BY o.external_userid",
                    rs -> last.put(rs.getString(1), Sql.instant(rs, "last")), memberUserid);
            return last;
        });
    }

    @Override
    public List<SalesStats> byRep(Period period, Collection<String> userids) {
        return db.read(c -> stats(c, period, List.copyOf(userids), "credited_userid", "userid",
                "SELECT userid, name FROM members"));
    }

    @Override
    public List<SalesStats> byChannel(Period period, Collection<String> userids) {
        return db.read(c -> stats(c, period, List.copyOf(userids), "coalesce(credited_state, '')",
                "coalesce(state, '')", "SELECT state, name FROM channels"));
    }

    @Override
    public SalesStats total(Period period, Collection<String> userids) {
        List<SalesStats> one = db.read(c -> stats(c, period, List.copyOf(userids), "''", "''", null));
        return one.isEmpty() ? new SalesStats("", "", 0, 0, 0, 0, 0) : one.get(0);
    }

    /**
     * Revenue, orders and buyers per key from the period's credited orders; repeat buyers from each buyer's lifetime
     * order count up to the period's end; contacts from the follows that existed during the period.
     */
    private static List<SalesStats> stats(Connection c, Period period, List<String> userids, String orderKey,
                                          String followKey, String namesSql) throws SQLException {
        String userFilter = userids.isEmpty() ? "" : " AND credited_userid IN (" + marks(userids.size()) + ")";
        List<Object> params = new ArrayList<>(List.of(period.from(), period.to()));
        params.addAll(userids);
        params.add(period.to());
        Map<String, long[]> sales = new TreeMap<>();
        Sql.query(c, "WITH p AS (SELECT " + orderKey + " AS k, external_userid, amount_cents FROM orders"
                + "   WHERE external_userid IS NOT NULL AND ordered_at >= ? AND ordered_at < ?" + userFilter + "),"
                + " lifetime AS (SELECT external_userid, COUNT(*) AS n FROM orders WHERE ordered_at < ?"
                + "   AND external_userid IN (SELECT external_userid FROM p) GROUP BY external_userid)"
                + " SELECT p.k, SUM(p.amount_cents), COUNT(*), COUNT(DISTINCT p.external_userid),"
                + "   COUNT(DISTINCT CASE WHEN l.n >= 2 THEN p.external_userid END)"
                + " FROM p JOIN lifetime l ON l.external_userid = p.external_userid GROUP BY p.k",
                rs -> sales.put(nullToEmpty(rs.getString(1)), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), 0}), params.toArray());
        String followFilter = userids.isEmpty() ? "" : " AND userid IN (" + marks(userids.size()) + ")";
        List<Object> followParams = new ArrayList<>(List.of(period.to(), period.from()));
        followParams.addAll(userids);
        Sql.query(c, "SELECT " + followKey + ", COUNT(*) FROM follows WHERE added_at < ?"
                + " AND (lost_at IS NULL OR lost_at >= ?)" + followFilter + " GROUP BY " + followKey,
                rs -> sales.computeIfAbsent(nullToEmpty(rs.getString(1)), k -> new long[5])[4] = rs.getLong(2),
                followParams.toArray());
        Map<String, String> names = new HashMap<>();
        if (namesSql != null) {
            Sql.query(c, namesSql, rs -> names.put(rs.getString(1), rs.getString(2)));
        }
        List<SalesStats> result = new ArrayList<>();
        sales.forEach((key, v) -> result.add(new SalesStats(key, names.getOrDefault(key, key), v[0], (int) v[1],
                (int) v[2], (int) v[3], (int) v[4])));
        result.sort((a, b) -> Long.compare(b.revenueCents(), a.revenueCents()));
        return result;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
