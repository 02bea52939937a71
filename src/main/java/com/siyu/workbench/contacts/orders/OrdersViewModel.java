package com.siyu.workbench.contacts.orders;

import com.siyu.workbench.contacts.ContactsViewModel;
import com.siyu.workbench.contacts.Money;
import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The orders tab: unmatched orders (kept until matched), the suggestions a guide confirms or rejects, rematching,
 * and the entry to an import. Importing is offered to leads and admins only (the service enforces it).
 */
public final class OrdersViewModel {
    static final int LIMIT = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final OrderImportService importer;
    private final OrderMatchService matching;
    private final TaskExecutor executor;
    private final Supplier<Actor> actor;
    private final Messages messages;
    private final ZoneId zone;

    private final ObservableList<UnmatchedOrder> unmatched = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport");

    public OrdersViewModel(OrderImportService importer, OrderMatchService matching, TaskExecutor executor,
                           Supplier<Actor> actor, Messages messages, Clock clock) {
        this.importer = importer;
        this.matching = matching;
        this.executor = executor;
        this.actor = actor;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    public void refresh() {
        Actor who = actor.get();
        if (who == null) {
            return;
        }
        canImport.set(OrderPermissions.isImporter(who));
        run(() -> matching.unmatched(who, LIMIT), orders -> {
            unmatched.setAll(orders);
            summary.set(messages.get(orders.size() >= LIMIT ? "contacts.orders.unmatchedMany"
                    : "contacts.orders.unmatchedCount", orders.size()));
        });
    }

    public void confirm(UnmatchedOrder order, UnmatchedOrder.SuggestedContact suggestion) {
        Actor who = actor.get();
        run(() -> {
            matching.confirm(who, order.orderId(), suggestion.externalUserid());
            return null;
        }, done -> refresh());
    }

    public void reject(UnmatchedOrder order, UnmatchedOrder.SuggestedContact suggestion) {
        Actor who = actor.get();
        run(() -> {
            matching.reject(who, order.orderId(), suggestion.externalUserid());
            return null;
        }, done -> refresh());
    }

    public void rematch() {
        Actor who = actor.get();
        run(() -> matching.rematch(who), matched -> {
            refresh();
            error.set("");
            summary.set(messages.get("contacts.orders.rematched", matched));
        });
    }

    /** A fresh import dialog model for the member at the desk; refreshes this list when an import lands. */
    public OrderImportViewModel newImport() {
        return new OrderImportViewModel(importer, executor, actor, messages, this::refresh);
    }

    private <T> void run(Callable<T> work, Consumer<T> then) {
        busy.set(true);
        error.set("");
        BackgroundTask.wrap(progress -> work.call())
                .onSuccess(then)
                .onFailure(failure -> error.set(ContactsViewModel.describe(failure, messages)))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    public String amount(long cents) {
        return Money.format(cents);
    }

    public String reason(MatchMethod method) {
        return messages.get("contacts.orders.reason." + method.name());
    }

    public ObservableList<UnmatchedOrder> unmatched() {
        return unmatched;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }
}
