package com.siyu.workbench.admin;

import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.settings.SettingsAdministration;
import com.siyu.workbench.settings.SettingsAdministration.ConnectionForm;
import com.siyu.workbench.settings.SettingsAdministration.Problem;
import com.siyu.workbench.settings.WeComConnection;
import com.siyu.workbench.settings.WeComConnection.Mode;
import com.siyu.workbench.ui.DialogService;
import com.siyu.workbench.ui.Session;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The WeCom connection form: the built-in sandbox or a real corp (base URL, corp id, secret, agent id) and the sync
 * interval. The saved secret is never shown again; leaving the field empty keeps it.
 */
public final class ConnectionViewModel {
    private final SettingsAdministration administration;
    private final Session session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ConnectionCheck check;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.EMBEDDED_SANDBOX);
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final StringProperty corpId = new SimpleStringProperty(this, "corpId", "");
    private final StringProperty newSecret = new SimpleStringProperty(this, "newSecret", "");
    private final StringProperty agentId = new SimpleStringProperty(this, "agentId", "");
    private final StringProperty syncInterval = new SimpleStringProperty(this, "syncInterval", "");
    private final BooleanProperty remote = new SimpleBooleanProperty(this, "remote");
    private final ReadOnlyStringWrapper secretHint = new ReadOnlyStringWrapper(this, "secretHint", "");
    private final ReadOnlyStringWrapper checkResult = new ReadOnlyStringWrapper(this, "checkResult", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private boolean secretSaved;

    public ConnectionViewModel(SettingsAdministration administration, Session session, TaskExecutor executor,
                               DialogService dialogs, Messages messages, ConnectionCheck check) {
        this.administration = administration;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.check = check;
        remote.bind(mode.isEqualTo(Mode.REMOTE));
    }

    public void load() {
        WeComConnection current = administration.current(session.actor());
        mode.set(current.mode());
        baseUrl.set(current.baseUrl() == null ? WeComConnection.WECOM_BASE_URL : current.baseUrl());
        corpId.set(current.corpId() == null ? "" : current.corpId());
        agentId.set(current.agentId() == null ? "" : current.agentId().toString());
        newSecret.set("");
        secretSaved = current.secret() != null;
        secretHint.set(messages.get(secretSaved ? "settings.connection.secretSaved" : "settings.connection.secretNone"));
        syncInterval.set(Integer.toString(administration.syncIntervalMinutes()));
        fieldErrors.clear();
        checkResult.set("");
    }

    /** Validates and saves; returns whether it was saved. Field problems are shown next to their fields. */
    public boolean save() {
        ConnectionForm form = form();
        if (form == null || !showProblems(administration.validate(form, secretSaved))) {
            return false;
        }
        administration.save(session.actor(), form);
        load();
        dialogs.notify(messages.get("settings.connection.saved"));
        return true;
    }

    /** Fetches a token with what is in the form, off the UI thread, and reports the answer. */
    public void testConnection() {
        ConnectionForm form = form();
        if (form == null || !showProblems(administration.validate(form, secretSaved))) {
            return;
        }
        WeComConnection candidate = form.mode() == Mode.EMBEDDED_SANDBOX ? WeComConnection.embeddedSandbox()
                : new WeComConnection(Mode.REMOTE, form.baseUrl().strip(), form.corpId().strip(),
                        form.newSecret().isBlank() ? administration.current(session.actor()).secret()
                                : form.newSecret().strip(), null);
        busy.set(true);
        checkResult.set(messages.get("settings.connection.checking"));
        BackgroundTask.wrap(() -> {
            try {
                check.check(candidate);
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }).onSuccess(ok -> checkResult.set(messages.get("settings.connection.checkOk")))
                .onFailure(failure -> checkResult.set(messages.get("settings.connection.checkFailed",
                        failure.getMessage())))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private ConnectionForm form() {
        fieldErrors.clear();
        int minutes;
        try {
            minutes = Integer.parseInt(syncInterval.get().strip());
        } catch (NumberFormatException e) {
            fieldErrors.put("syncInterval", messages.get("settings.problem.interval"));
            return null;
        }
        return new ConnectionForm(mode.get(), baseUrl.get(), corpId.get(), newSecret.get(), agentId.get(), minutes);
    }

    private boolean showProblems(List<Problem> problems) {
        problems.forEach(p -> fieldErrors.put(p.field(), messages.get(p.messageKey())));
        return problems.isEmpty();
    }

    /** Whether a connection test is available (the app wires one; some tests don't). */
    public boolean canTest() {
        return check != null;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty corpIdProperty() {
        return corpId;
    }

    public StringProperty newSecretProperty() {
        return newSecret;
    }

    public StringProperty agentIdProperty() {
        return agentId;
    }

    public StringProperty syncIntervalProperty() {
        return syncInterval;
    }

    public BooleanProperty remoteProperty() {
        return remote;
    }

    public ReadOnlyStringProperty secretHintProperty() {
        return secretHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty checkResultProperty() {
        return checkResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Field name → problem text, for the fields that need correcting. */
    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }
}
