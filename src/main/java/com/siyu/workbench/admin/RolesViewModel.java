package com.siyu.workbench.admin;

import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.Department;
import com.siyu.workbench.members.MemberRepository;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.members.RoleAdministration;
import com.siyu.workbench.members.RoleAdministration.LastAdminException;
import com.siyu.workbench.members.RoleAdministration.MemberRoles;
import com.siyu.workbench.ui.DialogService;
import com.siyu.workbench.ui.Session;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The admin's role table. Ticking a box saves at once (off the UI thread); a refused change — the last admin, or
 * no permission — is undone on screen and explained.
 */
public final class RolesViewModel {
    private final RoleAdministration administration;
    private final MemberRepository members;
    private final Session session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Runnable onRolesChanged;

    private final ObservableList<RoleRow> rows = FXCollections.observableArrayList();
    private final FilteredList<RoleRow> visibleRows = new FilteredList<>(rows, r -> true);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private boolean reverting;

    public RolesViewModel(RoleAdministration administration, MemberRepository members, Session session,
                          TaskExecutor executor, DialogService dialogs, Messages messages, Runnable onRolesChanged) {
        this.administration = administration;
        this.members = members;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.onRolesChanged = onRolesChanged;
        filter.addListener((obs, old, text) -> visibleRows.setPredicate(row -> matches(row, text)));
    }

    public void load() {
        busy.set(true);
        BackgroundTask.wrap(progress -> {
            Map<Integer, String> departments = members.departments().stream()
                    .collect(Collectors.toMap(Department::id, Department::name, (a, b) -> a));
            return toRows(administration.list(session.actor()), departments);
        }).onSuccess(rows::setAll)
                .onFailure(this::showFailure)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private List<RoleRow> toRows(List<MemberRoles> list, Map<Integer, String> departments) {
        return list.stream().map(mr -> {
            RoleRow row = new RoleRow(mr.member().userid(), mr.member().name(),
                    mr.member().mainDepartment() == null ? "" : departments.getOrDefault(mr.member().mainDepartment(), ""),
                    mr.member().position(), mr.roles());
            for (Role role : Role.values()) {
                row.grantedProperty(role).addListener(saveOnChange(row, role));
            }
            return row;
        }).toList();
    }

    private ChangeListener<Boolean> saveOnChange(RoleRow row, Role role) {
        return (obs, was, now) -> {
            if (!reverting) {
                save(row, role, was);
            }
        };
    }

    private void save(RoleRow row, Role role, boolean previous) {
        Set<Role> wanted = row.roles();
        BackgroundTask.wrap(() -> administration.setRoles(session.actor(), row.userid(), wanted))
                .onSuccess(done -> {
                    dialogs.notify(messages.get("settings.roles.saved", row.name()));
                    onRolesChanged.run();
                })
                .onFailure(failure -> {
                    revert(row.grantedProperty(role), previous);
                    showFailure(failure);
                })
                .executeWith(executor);
    }

    private void revert(BooleanProperty property, boolean value) {
        reverting = true;
        try {
            property.set(value);
        } finally {
            reverting = false;
        }
    }

    private void showFailure(Throwable failure) {
        String title = messages.get("settings.roles.title");
        if (failure instanceof LastAdminException last) {
            dialogs.showError(title, messages.get(last.messageKey()));
        } else if (failure instanceof AccessDeniedException denied) {
            dialogs.showError(messages.get("members.denied.title"), messages.get(denied.messageKey()));
        } else {
            dialogs.showErrorWithDetails(title, messages.get("settings.roles.saveFailed"), failure);
        }
    }

    private static boolean matches(RoleRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return row.name().toLowerCase(Locale.ROOT).contains(needle) || row.userid().toLowerCase(Locale.ROOT)
                .contains(needle) || row.department().contains(needle) || row.position().contains(needle);
    }

    public ObservableList<RoleRow> rows() {
        return visibleRows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
