package com.siyu.workbench.contacts;

import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.contacts.orders.AttributionService;
import com.siyu.workbench.contacts.orders.JdbcOrderStats;
import com.siyu.workbench.contacts.orders.DemoOrders;
import com.siyu.workbench.contacts.orders.OrderImportService;
import com.siyu.workbench.contacts.orders.OrderMatchService;
import com.siyu.workbench.contacts.orders.OrderSalesAttribution;
import com.siyu.workbench.contacts.orders.OrderStats;
import com.siyu.workbench.members.MemberRepository;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.sync.Outbox;
import java.time.Clock;

/**
 * Builds the contacts feature's services once, for the composition root ({@code app.Workbench}).
 *
 * <p>Entry points for other features: {@link #query()} ({@code ContactQuery.matching(filter, member)} — SOP
 * audiences), {@link #savedFilters()} (a rule's audience by saved-filter id), {@link #orderStats()} (last order per
 * customer, sales per rep and channel), {@link #salesAttribution()} (the same sales for the team dashboard),
 * {@link #searchIndex()} (sync may call {@code ContactSearchIndex.refresh(connection)} at the end of each page
 * transaction).
 */
public final class ContactsModule {
    private final ContactSearchIndex searchIndex;
    private final ContactQuery query;
    private final SavedFilterRepository savedFilters;
    private final ContactService service;
    private final ContactEditService edits;
    private final OrderImportService orderImport;
    private final OrderMatchService orderMatching;
    private final OrderStats orderStats;
    private final AttributionService attribution;
    private final OrderSalesAttribution salesAttribution;
    private final DemoOrders demoOrders;

    /**
     * @param outboxChanged called after an edit committed an outbox item (the status bar re-reads the backlog)
     */
    public ContactsModule(Database db, Clock clock, MemberRepository members, ActivityLog log, Outbox outbox,
                          Runnable outboxChanged) {
        ContactAccess access = new ContactAccess(members);
        TagCatalog tags = new TagCatalog(db);
        this.searchIndex = new ContactSearchIndex(db);
        this.query = new ContactQuery(db, searchIndex, clock);
        this.savedFilters = new JdbcSavedFilterRepository(db, clock);
        this.service = new ContactService(access, query, new JdbcContactProfileRepository(db, clock.getZone()), tags,
                savedFilters);
        this.edits = new ContactEditService(db, access, tags, log, outbox, clock, outboxChanged);
        this.orderImport = new OrderImportService(db, log, clock);
        this.orderMatching = new OrderMatchService(db, access, log, clock);
        this.orderStats = new JdbcOrderStats(db);
        this.attribution = new AttributionService(access, orderStats);
        this.salesAttribution = new OrderSalesAttribution(orderStats);
        this.demoOrders = new DemoOrders(db, orderImport, clock);
    }

    /** The built-in demo corp's shop orders (seeded once, for the embedded sandbox only). */
    public DemoOrders demoOrders() {
        return demoOrders;
    }

    public OrderImportService orderImport() {
        return orderImport;
    }

    public OrderMatchService orderMatching() {
        return orderMatching;
    }

    public OrderStats orderStats() {
        return orderStats;
    }

    public AttributionService attribution() {
        return attribution;
    }

    /** The same figures for the lead dashboard ({@code audit.AuditModule}), for the team it passes. */
    public OrderSalesAttribution salesAttribution() {
        return salesAttribution;
    }

    public ContactSearchIndex searchIndex() {
        return searchIndex;
    }

    public ContactQuery query() {
        return query;
    }

    public SavedFilterRepository savedFilters() {
        return savedFilters;
    }

    public ContactService service() {
        return service;
    }

    public ContactEditService edits() {
        return edits;
    }
}
