package com.siyu.workbench.contacts.orders;

import com.siyu.workbench.contacts.ContactsViewModel;
import com.siyu.workbench.contacts.Money;
import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The 业绩归因 tab: revenue, orders, 二销率 and revenue per contact per rep or per channel of the lead's team over a
 * chosen period, plus the team's totals. Reads again whenever the grouping or the period changes.
 */
public final class AttributionViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final AttributionService service;
    private final TaskExecutor executor;
    private final Supplier<Actor> actor;
    private final Messages messages;
    private final Clock clock;

    private final ObjectProperty<AttributionService.By> by = new SimpleObjectProperty<>(this, "by",
            AttributionService.By.REP);
    private final ObjectProperty<SalesRange> range = new SimpleObjectProperty<>(this, "range",
            SalesRange.LAST_30_DAYS);
    private final ObservableList<SalesStats> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private long generation;

    public AttributionViewModel(AttributionService service, TaskExecutor executor, Supplier<Actor> actor,
                                Messages messages, Clock clock) {
        this.service = service;
        this.executor = executor;
        this.actor = actor;
        this.messages = messages;
        this.clock = clock;
        by.addListener((obs, old, now) -> refresh());
        range.addListener((obs, old, now) -> refresh());
    }

    public static boolean canView(Actor actor) {
        return actor != null && AttributionService.canView(actor);
    }

    public void refresh() {
        Actor who = actor.get();
        if (!canView(who)) {
            rows.clear();
            summary.set("");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Period period = range.get().period(today, clock.getZone());
        AttributionService.By grouping = by.get();
        long asked = ++generation;
        busy.set(true);
        error.set("");
        BackgroundTask.wrap(progress -> service.sales(who, period, grouping))
                .onSuccess(stats -> {
                    if (asked == generation) {
                        rows.setAll(stats);
                        summary.set(summarize(stats, period));
                    }
                })
                .onFailure(failure -> error.set(ContactsViewModel.describe(failure, messages)))
                .onFinished(() -> busy.set(asked != generation && busy.get()))
                .executeWith(executor);
    }

    private String summarize(List<SalesStats> stats, Period period) {
        long revenue = stats.stream().mapToLong(SalesStats::revenueCents).sum();
        int orders = stats.stream().mapToInt(SalesStats::orders).sum();
        LocalDate first = period.from().atZone(clock.getZone()).toLocalDate();
        LocalDate last = period.to().atZone(clock.getZone()).toLocalDate().minusDays(1);
        return messages.get("contacts.attribution.summary", DAY.format(first), DAY.format(last),
                Money.format(revenue), orders);
    }

    public String name(SalesStats row) {
        if (by.get() == AttributionService.By.CHANNEL && row.key().isEmpty()) {
            return messages.get("contacts.attribution.noChannel");
        }
        return row.name() == null || row.name().isBlank() ? row.key() : row.name();
    }

    public String money(long cents) {
        return Money.format(cents);
    }

    public String rate(SalesStats row) {
        return row.buyers() == 0 ? "—" : String.format("%.1f%%", row.repeatPurchaseRate() * 100);
    }

    public String rangeLabel(SalesRange value) {
        return messages.get("contacts.attribution.range." + value.name());
    }

    public String byLabel(AttributionService.By value) {
        return messages.get("contacts.attribution.by." + value.name());
    }

    public ObjectProperty<AttributionService.By> byProperty() {
        return by;
    }

    public ObjectProperty<SalesRange> rangeProperty() {
        return range;
    }

    public ObservableList<SalesStats> rows() {
        return rows;
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
}
