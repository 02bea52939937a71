package com.siyu.workbench.contacts.orders;

import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.core.ProgressReporter;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports orders from shop and platform exports. {@link #preview} is a dry run of exactly what {@link #importOrders}
 * does; the import re-plans inside its write transaction and writes all rows or none: any row error refuses the
 * whole file, so a file is never half-imported.
 */
public final class OrderImportService {
    private static final int ID_CHUNK = 500;
    /** Negative: KiB (64 MiB) for the write of an import. */
    private static final int IMPORT_CACHE_KIB = -65_536;

    private final Database db;
    private final ActivityLog log;
    private final Clock clock;
    private final OrderFileReader reader = new OrderFileReader();

    public OrderImportService(Database db, ActivityLog log, Clock clock) {
        this.db = db;
        this.log = log;
        this.clock = clock;
    }

    public TabularFile read(Path file) {
        return reader.read(file);
    }

    public ImportPlan preview(Actor actor, TabularFile file, ColumnMapping mapping, ProgressReporter progress) {
        OrderPermissions.requireImporter(actor);
        Parsed parsed = parse(file, mapping, progress);
        return db.read(c -> plan(c, file, mapping, parsed, progress));
    }

    /**
     * Parses outside the write transaction (pure work, however long the file), then re-checks the database and
     * matches inside it, so the plan written is exactly consistent with the data it is written into.
     */
    public ImportResult importOrders(Actor actor, TabularFile file, ColumnMapping mapping, ProgressReporter progress) {
        OrderPermissions.requireImporter(actor);
        Parsed parsed = parse(file, mapping, progress);
        long now = clock.millis();
        return db.inTransaction(c -> {
            ImportPlan plan = plan(c, file, mapping, parsed, progress);
            if (!plan.errors().isEmpty()) {
                throw new OrderImportException("contacts.orders.error.hasErrors", plan.errors().size());
            }
            progress.checkCancelled();
            write(c, plan, file.sourceName(), now);
            log.append(new ActivityEvent(actor.userid(), Actions.ORDERS_IMPORTED, null, null, null, null,
                    Map.of("file", file.sourceName(), "imported", plan.orders().size(), "skipped",
                            plan.skipped().size(), "matched", plan.matched(), "suggested", plan.suggested(),
                            "unmatched", plan.unmatched())));
            return new ImportResult(plan.orders().size(), plan.skipped().size(), plan.matchedBy(), plan.suggested(),
                    plan.unmatched());
        });
    }

    /** The file's valid rows (first occurrence of each order id) and every row error. */
    private record Parsed(List<ParsedOrder> valid, List<RowError> errors) {
    }

    private Parsed parse(TabularFile file, ColumnMapping mapping, ProgressReporter progress) {
        List<OrderField> missing = mapping.missingRequired(file.headers().size());
        if (!missing.isEmpty()) {
            throw new OrderImportException("contacts.orders.error.missingColumns", missing.toArray());
        }
        OrderRowParser parser = new OrderRowParser(mapping, clock.getZone());
        List<ParsedOrder> valid = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        int total = file.rows().size();
        for (int i = 0; i < total; i++) {
            if (i % 5000 == 0) {
                progress.checkCancelled();
                progress.progress(i, total * 2L, file.sourceName());
            }
            OrderRowParser.Result result = parser.parse(file.rows().get(i));
            errors.addAll(result.errors());
            ParsedOrder order = result.order();
            if (order == null) {
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(order.orderId(), order.line());
            if (earlier != null) {
                errors.add(new RowError(order.line(), OrderField.ORDER_ID, "contacts.orders.row.duplicateInFile",
                        new Object[] {order.orderId(), earlier}));
            } else {
                valid.add(order);
            }
        }
        return new Parsed(valid, errors);
    }

    private ImportPlan plan(Connection c, TabularFile file, ColumnMapping mapping, Parsed parsed,
                            ProgressReporter progress) throws SQLException {
        int total = file.rows().size();
        List<RowError> errors = new ArrayList<>(parsed.errors());
        List<RowError> skipped = new ArrayList<>();
        List<ParsedOrder> fresh = againstDatabase(c, parsed.valid(), errors, skipped);
        progress.progress(total, total * 2L, file.sourceName());
        MatchIndex index = MatchIndex.load(c);
        List<PlannedOrder> planned = new ArrayList<>(fresh.size());
        Map<MatchMethod, Integer> matchedBy = new EnumMap<>(MatchMethod.class);
        int suggested = 0;
        for (ParsedOrder order : fresh) {
            MatchResult match = index.match(order);
            planned.add(new PlannedOrder(order, match));
            if (match.matched()) {
                matchedBy.merge(match.method(), 1, Integer::sum);
            } else if (!match.suggestions().isEmpty()) {
                suggested++;
            }
        }
        errors.sort(java.util.Comparator.comparingInt(RowError::line));
        int matched = matchedBy.values().stream().mapToInt(Integer::intValue).sum();
        return new ImportPlan(file.sourceName(), file.encoding(), mapping, total, planned, errors, skipped,
                matchedBy, suggested, fresh.size() - matched);
    }

    /**
     * Orders already in the database: the same sale again (same time and amount) is skipped with a notice, so
     * overlapping exports import cleanly; the same id with a different time or amount is an error.
     */
    private static List<ParsedOrder> againstDatabase(Connection c, List<ParsedOrder> orders, List<RowError> errors,
                                                     List<RowError> skipped) throws SQLException {
        Map<String, Object[]> existing = new HashMap<>();
        for (int from = 0; from < orders.size(); from += ID_CHUNK) {
            List<ParsedOrder> chunk = orders.subList(from, Math.min(orders.size(), from + ID_CHUNK));
            Sql.query(c, "SELECT order_id, ordered_at, amount_cents FROM orders WHERE order_id IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> existing.put(rs.getString(1), new Object[] {Sql.instant(rs, "ordered_at"), rs.getLong(3)}),
                    chunk.stream().map(ParsedOrder::orderId).toArray());
        }
        List<ParsedOrder> fresh = new ArrayList<>(orders.size());
        for (ParsedOrder order : orders) {
            Object[] before = existing.get(order.orderId());
            if (before == null) {
                fresh.add(order);
            } else if (order.sameSale((Instant) before[0], (Long) before[1])) {
                skipped.add(new RowError(order.line(), OrderField.ORDER_ID, "contacts.orders.row.alreadyImported",
                        new Object[] {order.orderId()}));
            } else {
                errors.add(new RowError(order.line(), OrderField.ORDER_ID, "contacts.orders.row.conflictsWithImported",
                        new Object[] {order.orderId()}));
            }
        }
        return fresh;
    }

    /**
     * A large import writes tens of megabytes of rows and index pages in one transaction; with SQLite's default 2 MB
     * page cache it would spill dirty pages to the WAL mid-transaction and re-read index pages. The writer's cache is
     * raised for the write and put back afterwards.
     */
    private static void write(Connection c, ImportPlan plan, String source, long now) throws SQLException {
        long cacheSize = Sql.queryLong(c, "PRAGMA cache_size");
        Sql.update(c, "PRAGMA cache_size = " + IMPORT_CACHE_KIB);
        try {
            insert(c, plan, source, now);
        } finally {
            Sql.update(c, "PRAGMA cache_size = " + cacheSize);
        }
    }

    private static void insert(Connection c, ImportPlan plan, String source, long now) throws SQLException {
        List<Object[]> rows = new ArrayList<>(plan.orders().size());
        List<Object[]> suggestions = new ArrayList<>();
        for (PlannedOrder p : plan.orders()) {
            ParsedOrder o = p.order();
            MatchResult m = p.match();
            rows.add(new Object[] {o.orderId(), source, o.orderedAt(), o.amountCents(), blankToNull(o.items()),
                    blankToNull(o.unionid()), blankToNull(o.phone()), blankToNull(o.nickname()),
                    blankToNull(o.customerOrderRef()), m.externalUserid(), m.method(), m.creditedUserid(),
                    m.creditedState(), now});
            for (MatchResult.Suggestion s : m.suggestions()) {
                suggestions.add(new Object[] {o.orderId(), s.externalUserid(), s.reason(), now});
            }
        }
        Sql.batch(c, "INSERT INTO orders (order_id, source, ordered_at, amount_cents, items, buyer_unionid,"
                + " buyer_phone, buyer_nickname, customer_order_ref, external_userid, match_method, credited_userid,"
                + " credited_state, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        Sql.batch(c, "INSERT INTO order_match_suggestions (order_id, external_userid, reason, created_at)"
                + " VALUES (?, ?, ?, ?)", suggestions);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Counts by method in a stable order, for summaries. */
    public static Map<MatchMethod, Integer> ordered(Map<MatchMethod, Integer> counts) {
        Map<MatchMethod, Integer> ordered = new LinkedHashMap<>();
        for (MatchMethod method : MatchMethod.values()) {
            ordered.put(method, counts.getOrDefault(method, 0));
        }
        return ordered;
    }
}
