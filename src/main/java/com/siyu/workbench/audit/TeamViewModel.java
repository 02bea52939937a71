package com.siyu.workbench.audit;

import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.core.TaskHandle;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.ui.Session;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The 团队 screen: range and store filter, loading the dashboard off the UI thread, the KPI tiles and the rows of
 * every table ({@link TeamSalesViewModel} the 业绩归因 tab's). Drilling into a rep's log is {@link LogDrillViewModel}'s
 * job.
 */
public final class TeamViewModel {
    public static final int DEFAULT_DAYS = 30;

    private final TeamDashboardService dashboards;
    private final Session session;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final TableExporter exporter;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<DepartmentChoice> departments = FXCollections.observableArrayList();
    private final ObjectProperty<DepartmentChoice> department = new SimpleObjectProperty<>(this, "department");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<TeamDashboard> dashboard = new ReadOnlyObjectWrapper<>(this, "dashboard");
    private final ObservableList<RepFigures> reps = FXCollections.observableArrayList();
    private final ObservableList<StoreFigures> stores = FXCollections.observableArrayList();
    private final ObservableList<SkipReasonCount> skipReasons = FXCollections.observableArrayList();
    private final ObservableList<ContentUsage> content = FXCollections.observableArrayList();
    private final ObservableList<Kpi> kpis = FXCollections.observableArrayList();
    private final ObjectProperty<RepFigures> selectedRep = new SimpleObjectProperty<>(this, "selectedRep");
    private final TeamSalesViewModel sales;

    private final ChangeListener<Actor> actorListener = (obs, old, now) -> actorChanged();
    private TaskHandle running;
    private long generation;
    private String loadedFor;

    public TeamViewModel(TeamDashboardService dashboards, TableExporter exporter, Session session,
                         TaskExecutor executor, Messages messages, Clock clock) {
        this.dashboards = dashboards;
        this.exporter = exporter;
        this.session = session;
        this.executor = executor;
        this.messages = messages;
        this.clock = clock;
        this.sales = new TeamSalesViewModel(messages, this::departmentName);
        useLastDays(DEFAULT_DAYS);
    }

    /** Called when the screen is shown: follows the signed-in member and loads for them. */
    public void activate() {
        session.actorProperty().addListener(actorListener);
        if (!Objects.equals(loadedFor, actorId())) {
            actorChanged();
        }
    }

    public void deactivate() {
        session.actorProperty().removeListener(actorListener);
        cancelRunning();
    }

    private String actorId() {
        return session.actor() == null ? null : session.actor().userid();
    }

    private void actorChanged() {
        loadedFor = actorId();
        Actor actor = session.actor();
        departments.clear();
        department.set(null);
        clearFigures();
        if (actor == null) {
            return;
        }
        try {
            TeamScope scope = dashboards.scope(actor);
            departments.add(new DepartmentChoice(null, messages.get("audit.team.allStores")));
            // Only departments with reps of their own (stores); a region above them would filter to nobody.
            scope.departments().forEach((id, name) -> {
                if (scope.members().stream().anyMatch(m -> m.departments().contains(id))) {
                    departments.add(new DepartmentChoice(id, name));
                }
            });
            department.set(departments.get(0));
        } catch (AccessDeniedException denied) {
            error.set(messages.get(denied.messageKey()));
            return;
        }
        refresh();
    }

    /** Sets the range to the {@code days} days ending today (does not load; call {@link #refresh()}). */
    public void useLastDays(int days) {
        LocalDate today = LocalDate.now(clock);
        to.set(today);
        from.set(today.minusDays(days - 1L));
    }

    /** Loads the dashboard for the current range and store in the background; a newer request wins. */
    public void refresh() {
        Actor actor = session.actor();
        if (actor == null) {
            return;
        }
        DateRange range = validRange();
        if (range == null) {
            return;
        }
        Integer departmentId = department.get() == null ? null : department.get().id();
        cancelRunning();
        long mine = ++generation;
        error.set("");
        loading.set(true);
        status.set(messages.get("audit.team.loading"));
        running = BackgroundTask.wrap(progress -> dashboards.load(actor, range, departmentId))
                .onSuccess(result -> {
                    if (mine == generation) {
                        show(result);
                    }
                })
                .onFailure(failure -> {
                    if (mine == generation) {
                        failed(failure);
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                })
                .executeWith(executor);
    }

    private DateRange validRange() {
        if (from.get() == null || to.get() == null) {
            error.set(messages.get("audit.team.rangeMissing"));
            return null;
        }
        if (to.get().isBefore(from.get())) {
            error.set(messages.get("audit.team.rangeReversed"));
            return null;
        }
        try {
            return new DateRange(from.get(), to.get());
        } catch (IllegalArgumentException tooLong) {
            error.set(messages.get("audit.team.rangeTooLong", DateRange.MAX_DAYS));
            return null;
        }
    }

    private void cancelRunning() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
        generation++;
        loading.set(false);
    }

    private void failed(Throwable failure) {
        clearFigures();
        status.set("");
        error.set(failure instanceof AccessDeniedException denied ? messages.get(denied.messageKey())
                : messages.get("audit.team.loadFailed", String.valueOf(failure.getMessage())));
    }

    private void clearFigures() {
        dashboard.set(null);
        reps.clear();
        stores.clear();
        skipReasons.clear();
        content.clear();
        kpis.clear();
        sales.clear();
        selectedRep.set(null);
    }

    private void show(TeamDashboard result) {
        String keep = selectedRep.get() == null ? null : selectedRep.get().member().userid();
        reps.setAll(result.reps());
        stores.setAll(result.stores());
        skipReasons.setAll(result.skipReasons());
        content.setAll(result.content());
        kpis.setAll(TeamKpis.of(result, messages));
        sales.show(result.sales());
        selectedRep.set(keep == null ? null : result.rep(keep).orElse(null));
        dashboard.set(result);
        status.set(messages.get("audit.team.loaded", result.reps().size(), result.range().from().toString(),
                result.range().to().toString()));
    }

    /** Reps from best to worst completion rate (reps with nothing due last): the ranking chart. */
    public List<RepFigures> ranking() {
        List<RepFigures> ranked = new ArrayList<>(reps);
        ranked.sort((a, b) -> {
            Double x = a.figures().tasks().completionRate();
            Double y = b.figures().tasks().completionRate();
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1;
            }
            return Double.compare(y, x);
        });
        return ranked;
    }

    public <T> void export(String name, String titleKey, List<ColumnSpec<T>> columns, List<T> rows,
                           ExportFormat format) {
        TeamDashboard shown = dashboard.get();
        String title = messages.get(titleKey);
        String base = messages.get("shell.nav.team") + "-" + title
                + (shown == null ? "" : "-" + shown.range().from() + "~" + shown.range().to());
        exporter.export(exporter.table(name, title, columns, rows), format, base);
    }

    /** Rep columns; the store column reads the names of the dashboard shown at the time. */
    public List<ColumnSpec<RepFigures>> repColumns() {
        return TeamColumns.reps(this::departmentName);
    }

    private String departmentName(int id) {
        return departments.stream().filter(d -> d.id() != null && d.id() == id).map(DepartmentChoice::label)
                .findFirst().orElse("#" + id);
    }

    public List<ColumnSpec<RepFigures>> behaviorColumns() {
        return TeamColumns.behavior();
    }

    public List<ColumnSpec<StoreFigures>> storeColumns() {
        return TeamColumns.stores();
    }

    public List<ColumnSpec<SkipReasonCount>> skipReasonColumns() {
        return TeamColumns.skipReasons(messages.get("audit.team.noReason"));
    }

    public List<ColumnSpec<ContentUsage>> contentColumns() {
        return TeamColumns.content(type -> messages.get("audit.contentType." + type));
    }

    public DateRange shownRange() {
        TeamDashboard shown = dashboard.get();
        return shown == null ? null : shown.range();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<DepartmentChoice> departments() {
        return departments;
    }

    public ObjectProperty<DepartmentChoice> departmentProperty() {
        return department;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TeamDashboard> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    public ObservableList<RepFigures> reps() {
        return reps;
    }

    public ObservableList<StoreFigures> stores() {
        return stores;
    }

    public ObservableList<SkipReasonCount> skipReasons() {
        return skipReasons;
    }

    public ObservableList<ContentUsage> content() {
        return content;
    }

    public ObservableList<Kpi> kpis() {
        return kpis;
    }

    /** The 业绩归因 tab's figures, filled with every dashboard loaded. */
    public TeamSalesViewModel sales() {
        return sales;
    }

    public ObjectProperty<RepFigures> selectedRepProperty() {
        return selectedRep;
    }
}
