package com.siyu.workbench.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.sync.ParkedItem;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.sync.SyncAdministration;
import com.siyu.workbench.ui.DialogService;
import com.siyu.workbench.ui.Session;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Changes WeCom refused for good (the customer deleted the member, a tag was deleted, …), each with its reason:
 * a person sends one again ("重试", e.g. after fixing the tag) or gives it up ("放弃": WeCom's state stays and the
 * next sync shows it). Both are logged.
 */
public final class OutboxIssuesViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M/d HH:mm");
    private static final ObjectMapper JSON = Json.newMapper();
    private static final int SUMMARY_CHARS = 40;

    private final SyncAdministration administration;
    private final Session session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;

    private final ObservableList<ParkedRow> items = FXCollections.observableArrayList();
    private final ObjectProperty<ParkedRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper selectedReason = new ReadOnlyStringWrapper(this, "selectedReason", "");
    private final BooleanBinding canResolve = Bindings.createBooleanBinding(
            () -> selected.get() != null && !busy.get(), selected, busy);

    public OutboxIssuesViewModel(SyncAdministration administration, Session session, TaskExecutor executor,
                                 DialogService dialogs, Messages messages, Clock clock) {
        this.administration = administration;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        selected.addListener((obs, old, row) -> selectedReason.set(row == null || row.reason().isEmpty() ? ""
                : messages.get("sync.log.reason", row.reason())));
    }

    public void load() {
        Actor who = session.actor();
        if (who == null) {
            items.clear();
            return;
        }
        busy.set(true);
        BackgroundTask.wrap(p -> administration.parked(who).stream().map(this::row).toList())
                .onSuccess(items::setAll)
                .onFailure(failure -> dialogs.showErrorWithDetails(messages.get("sync.parked.title"),
                        messages.get("sync.parked.loadFailed"), failure))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    public void retrySelected() {
        ParkedRow row = selected.get();
        if (row != null) {
            resolve(row, true);
        }
    }

    public void discardSelected() {
        ParkedRow row = selected.get();
        if (row != null && dialogs.confirm(messages.get("sync.parked.discardTitle"),
                messages.get("sync.parked.discardConfirm", row.kind(), row.contact()))) {
            resolve(row, false);
        }
    }

    private void resolve(ParkedRow row, boolean retry) {
        busy.set(true);
        BackgroundTask.wrap(p -> retry ? administration.retry(session.actor(), row.id())
                        : administration.discard(session.actor(), row.id()))
                .onSuccess(done -> {
                    dialogs.notify(messages.get(retry ? "sync.parked.retried" : "sync.parked.discarded"));
                    load();
                })
                .onFailure(failure -> {
                    if (failure instanceof AccessDeniedException denied) {
                        dialogs.showError(messages.get("members.denied.title"), messages.get(denied.messageKey()));
                    } else {
                        dialogs.showErrorWithDetails(messages.get("sync.parked.title"),
                                messages.get("sync.parked.resolveFailed"), failure);
                    }
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private ParkedRow row(ParkedItem item) {
        String kindKey = "sync.kind." + item.kind();
        String kind = messages.has(kindKey) ? messages.get(kindKey) : item.kind();
        String contact = item.contactName() != null ? item.contactName()
                : item.orderingKey().startsWith("content:") ? messages.get("sync.parked.content") : item.orderingKey();
        return new ParkedRow(item.id(), WHEN.format(item.createdAt().atZone(clock.getZone())), kind, contact,
                item.memberName() == null ? "" : item.memberName(), summary(item),
                item.reason() == null ? "" : item.reason(), Integer.toString(item.attempts()));
    }

    /** What the change was, in a few words: the tags, the remark, the first words of a message. */
    private String summary(ParkedItem item) {
        JsonNode payload;
        try {
            payload = JSON.readTree(item.payloadJson());
        } catch (IOException unreadable) {
            return "";
        }
        String text = switch (item.kind()) {
            case "MARK_TAG" -> messages.get("sync.parked.tags", payload.path("add_tag").size(),
                    payload.path("remove_tag").size());
            case "REMARK" -> payload.path("remark").asText(payload.path("description").asText(""));
            default -> payload.path("text").path("content").asText("");
        };
        return text.length() > SUMMARY_CHARS ? text.substring(0, SUMMARY_CHARS) + "…" : text;
    }

    public ObservableList<ParkedRow> items() {
        return items;
    }

    public ObjectProperty<ParkedRow> selectedProperty() {
        return selected;
    }

    public BooleanBinding canResolveProperty() {
        return canResolve;
    }

    /** The full reason of the selected item (the table cuts long ones). */
    public ReadOnlyStringProperty selectedReasonProperty() {
        return selectedReason.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
