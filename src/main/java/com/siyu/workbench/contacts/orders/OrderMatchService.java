package com.siyu.workbench.contacts.orders;

import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.contacts.ContactAccess;
import com.siyu.workbench.contacts.ContactEditException;
import com.siyu.workbench.contacts.ContactScope;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Masking;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything after an import: the unmatched orders (kept for later, never dropped), confirming or rejecting
 * suggestions, order ids customers gave their guide, and re-matching when new customers have synced.
 */
public final class OrderMatchService {
    private final Database db;
    private final ContactAccess access;
    private final ActivityLog log;
    private final Clock clock;

    public OrderMatchService(Database db, ContactAccess access, ActivityLog log, Clock clock) {
        this.db = db;
        this.access = access;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Unmatched orders, newest first. Importers (leads, admins) see all of them; a guide sees those suggested for one
     * of their own customers.
     */
    public List<UnmatchedOrder> unmatched(Actor actor, int limit) {
        boolean importer = OrderPermissions.isImporter(actor);
        // An admin imports without reading contacts: they see every unmatched order but confirm none.
        ContactScope guideScope = importer && !readsContacts(actor) ? null : access.scopeOf(actor);
        boolean fullPhones = AccessPolicy.allows(actor, Permission.SEE_FULL_PHONE);
        return db.read(c -> {
            String where = importer ? "o.external_userid IS NULL"
                    : "o.external_userid IS NULL AND o.order_id IN (SELECT s.order_id FROM order_match_suggestions s"
                    + " JOIN follows f ON f.external_userid = s.external_userid WHERE f.userid = ?)";
            Object[] params = importer ? new Object[] {limit} : new Object[] {actor.userid(), limit};
            Map<String, UnmatchedOrder> orders = new LinkedHashMap<>();
            Sql.query(c, "SELECT order_id, source, ordered_at, amount_cents, items, buyer_phone, buyer_nickname"
                    + " FROM orders o WHERE " + where + " ORDER BY ordered_at DESC, order_id LIMIT ?", rs -> orders.put(
                    rs.getString(1), new UnmatchedOrder(rs.getString(1), rs.getString(2),
                            Sql.instant(rs, "ordered_at"), rs.getLong(4), rs.getString(5),
                            fullPhones ? rs.getString(6) : Masking.maskPhone(rs.getString(6)),
                            rs.getString(7), List.of())), params);
            return withSuggestions(c, orders, guideScope, !importer);
        });
    }

    private static boolean readsContacts(Actor actor) {
        return AccessPolicy.allows(actor, Permission.READ_OWN_CONTACTS)
                || AccessPolicy.allows(actor, Permission.READ_TEAM_CONTACTS);
    }

    /** Attaches suggestions; a guide only learns about customers in their own scope. */
    private static List<UnmatchedOrder> withSuggestions(Connection c, Map<String, UnmatchedOrder> orders,
                                                        ContactScope scope, boolean onlyVisible)
            throws SQLException {
        if (orders.isEmpty()) {
            return List.of();
        }
        Map<String, List<UnmatchedOrder.SuggestedContact>> byOrder = new LinkedHashMap<>();
        Sql.query(c, "SELECT s.order_id, s.external_userid, c.name, s.reason,"
                + " (SELECT group_concat(coalesce(m.name, f.userid), '、') FROM follows f"
                + "  LEFT JOIN members m ON m.userid = f.userid WHERE f.external_userid = s.external_userid),"
                + " (SELECT group_concat(f.userid, ',') FROM follows f WHERE f.external_userid = s.external_userid)"
                + " FROM order_match_suggestions s JOIN contacts c ON c.external_userid = s.external_userid"
                + " WHERE s.order_id IN (" + String.join(", ", java.util.Collections.nCopies(orders.size(), "?"))
                + ") ORDER BY s.order_id, s.external_userid", rs -> {
                    boolean visible = scope != null && followers(rs.getString(6)).stream().anyMatch(scope::sees);
                    if (onlyVisible && !visible) {
                        return null;
                    }
                    return byOrder.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                            new UnmatchedOrder.SuggestedContact(rs.getString(2), rs.getString(3), rs.getString(5),
                                    MatchMethod.valueOf(rs.getString(4)), visible));
                }, orders.keySet().toArray());
        List<UnmatchedOrder> result = new ArrayList<>(orders.size());
        for (UnmatchedOrder o : orders.values()) {
            result.add(new UnmatchedOrder(o.orderId(), o.source(), o.orderedAt(), o.amountCents(), o.items(),
                    o.phone(), o.nickname(), byOrder.getOrDefault(o.orderId(), List.of())));
        }
        return result;
    }

    private static List<String> followers(String csv) {
        return csv == null ? List.of() : List.of(csv.split(","));
    }

    /** A guide (or lead, for the team) confirms that a suggested customer placed the order. */
    public void confirm(Actor actor, String orderId, String externalUserid) {
        ContactScope scope = access.scopeOf(actor);
        db.write(c -> {
            requireVisible(c, scope, externalUserid);
            String reason = Sql.queryOne(c, "SELECT s.reason FROM order_match_suggestions s JOIN orders o"
                    + " ON o.order_id = s.order_id WHERE s.order_id = ? AND s.external_userid = ?"
                    + " AND o.external_userid IS NULL", rs -> rs.getString(1), orderId, externalUserid)
                    .orElseThrow(() -> new ContactEditException("contacts.orders.error.noSuggestion"));
            applyMatch(c, MatchIndex.forContact(c, externalUserid), orderId, externalUserid,
                    MatchMethod.valueOf(reason));
            log.append(new ActivityEvent(actor.userid(), Actions.ORDER_MATCHED, externalUserid, null, null, null,
                    Map.of("orderId", orderId, "method", reason, "confirmed", true)));
        });
    }

    /** The guide says the suggested customer is not the buyer; the order stays unmatched. */
    public void reject(Actor actor, String orderId, String externalUserid) {
        ContactScope scope = access.scopeOf(actor);
        db.write(c -> {
            requireVisible(c, scope, externalUserid);
            Sql.update(c, "DELETE FROM order_match_suggestions WHERE order_id = ? AND external_userid = ?", orderId,
                    externalUserid);
        });
    }

    /**
     * Records an order id the customer gave their guide (key ORDER_ID) and matches the unmatched orders carrying it.
     * Returns how many orders it matched.
     */
    public int addOrderRef(Actor actor, String externalUserid, String orderRef) {
        ContactScope scope = access.scopeOf(actor);
        ContactAccess.requireEdit(scope, actor.userid());
        String ref = orderRef == null ? "" : orderRef.strip();
        if (ref.isEmpty() || ref.length() > OrderRowParser.MAX_ID) {
            throw new ContactEditException("contacts.orders.error.badRef", OrderRowParser.MAX_ID);
        }
        long now = clock.millis();
        return db.inTransaction(c -> {
            boolean follows = Sql.queryLong(c, "SELECT COUNT(*) FROM follows WHERE external_userid = ? AND userid = ?",
                    externalUserid, actor.userid()) > 0;
            if (!follows) {
                throw new ContactEditException("contacts.error.notYourContact");
            }
            Sql.update(c, "INSERT OR IGNORE INTO contact_order_refs (order_ref, external_userid, userid, created_at)"
                    + " VALUES (?, ?, ?, ?)", ref, externalUserid, actor.userid(), now);
            List<String> orders = Sql.query(c, "SELECT order_id FROM orders WHERE external_userid IS NULL"
                    + " AND coalesce(customer_order_ref, order_id) = ?", rs -> rs.getString(1), ref);
            if (orders.isEmpty()) {
                return 0;
            }
            MatchIndex index = MatchIndex.forContact(c, externalUserid);
            for (String orderId : orders) {
                applyMatch(c, index, orderId, externalUserid, MatchMethod.ORDER_ID);
                log.append(new ActivityEvent(actor.userid(), Actions.ORDER_MATCHED, externalUserid, null, null, null,
                        Map.of("orderId", orderId, "method", MatchMethod.ORDER_ID.name())));
            }
            return orders.size();
        });
    }

    /**
     * Matches unmatched orders again against today's customers (new contacts synced, phones added to remarks, refs
     * recorded) and refreshes their suggestions. Returns how many orders became matched.
     */
    public int rematch(Actor actor) {
        OrderPermissions.requireImporter(actor);
        long now = clock.millis();
        return db.inTransaction(c -> {
            MatchIndex index = MatchIndex.load(c);
            List<Object[]> unmatched = Sql.query(c, "SELECT order_id, customer_order_ref, buyer_unionid, buyer_phone,"
                    + " buyer_nickname, ordered_at FROM orders WHERE external_userid IS NULL", rs -> new Object[] {
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    Sql.instant(rs, "ordered_at")});
            int matched = 0;
            List<Object[]> suggestions = new ArrayList<>();
            for (Object[] o : unmatched) {
                MatchResult m = index.match((String) o[0], (String) o[1], (String) o[2], (String) o[3], (String) o[4],
                        (java.time.Instant) o[5]);
                if (m.matched()) {
                    applyMatch(c, m, (String) o[0]);
                    matched++;
                } else {
                    m.suggestions().forEach(s -> suggestions.add(new Object[] {o[0], s.externalUserid(), s.reason(),
                            now}));
                }
            }
            Sql.batch(c, "INSERT OR IGNORE INTO order_match_suggestions (order_id, external_userid, reason, created_at)"
                    + " VALUES (?, ?, ?, ?)", suggestions);
            if (matched > 0) {
                log.append(new ActivityEvent(actor.userid(), Actions.ORDER_MATCHED, null, null, null, null,
                        Map.of("rematched", matched)));
            }
            return matched;
        });
    }

    private static void applyMatch(Connection c, MatchIndex index, String orderId, String externalUserid,
                                   MatchMethod method) throws SQLException {
        java.time.Instant at = Sql.queryOne(c, "SELECT ordered_at FROM orders WHERE order_id = ?",
                rs -> Sql.instant(rs, "ordered_at"), orderId).orElseThrow();
        applyMatch(c, index.credited(externalUserid, method, at), orderId);
    }

    private static void applyMatch(Connection c, MatchResult m, String orderId) throws SQLException {
        Sql.update(c, "UPDATE orders SET external_userid = ?, match_method = ?, credited_userid = ?, credited_state = ?"
                + " WHERE order_id = ?", m.externalUserid(), m.method(), m.creditedUserid(), m.creditedState(),
                orderId);
        Sql.update(c, "DELETE FROM order_match_suggestions WHERE order_id = ?", orderId);
    }

    private static void requireVisible(Connection c, ContactScope scope, String externalUserid) throws SQLException {
        List<String> followers = Sql.query(c, "SELECT userid FROM follows WHERE external_userid = ?",
                rs -> rs.getString(1), externalUserid);
        if (followers.stream().noneMatch(scope::sees)) {
            throw new ContactEditException("contacts.error.notVisible");
        }
    }
}
