package com.siyu.workbench.content.library;

import com.siyu.workbench.content.ContactVariables;
import com.siyu.workbench.content.ContactVariables.PreviewContact;
import com.siyu.workbench.content.ContentBody;
import com.siyu.workbench.content.ContentType;
import com.siyu.workbench.content.ScriptStep;
import com.siyu.workbench.content.TemplateVariables;
import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live preview: the message as a real contact from the local copy would get it (variables filled, fallbacks
 * where the contact lacks a value), one bubble per message. Without contacts a sample customer stands in.
 */
public final class PreviewModel {
    private final ContactVariables variables;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<PreviewContact> contacts = FXCollections.observableArrayList();
    private final ObjectProperty<PreviewContact> contact = new SimpleObjectProperty<>(this, "contact");
    private final ObservableList<PreviewBubble> bubbles = FXCollections.observableArrayList();
    private final StringProperty senderName = new SimpleStringProperty(this, "senderName", "");
    private Map<String, String> values = Map.of();
    private java.util.function.Function<String, String> groupName = chatId -> null;
    private ContentBody body;

    public PreviewModel(ContactVariables variables, TaskExecutor executor, Messages messages) {
        this.variables = variables;
        this.executor = executor;
        this.messages = messages;
        contact.addListener((obs, old, now) -> loadValues(now));
    }

    /** The sample customer used when the local copy has no contacts (or the viewer picks it). */
    public PreviewContact sample() {
        return new PreviewContact("", messages.get("content.preview.sample"), null, null);
    }

    /** Loads the contacts to pick from: the member's own first; anyone's for reviewers, who follow nobody. */
    public void loadContacts(String memberUserid) {
        BackgroundTask.wrap(progress -> {
            List<PreviewContact> own = variables.previewContacts(memberUserid, 100);
            return own.isEmpty() ? variables.previewContacts(null, 100) : own;
        }).onSuccess(list -> {
            List<PreviewContact> all = new ArrayList<>(list);
            all.add(sample());
            contacts.setAll(all);
            contact.set(all.get(0));
        }).executeWith(executor);
    }

    private void loadValues(PreviewContact who) {
        if (who == null) {
            return;
        }
        BackgroundTask.wrap(progress -> who.externalUserid().isEmpty() ? sampleValues()
                : variables.valuesFor(who.externalUserid(), who.memberUserid())).onSuccess(v -> {
                    values = v;
                    senderName.set(v.getOrDefault(TemplateVariables.GUIDE_NAME, ""));
                    render(body);
                }).executeWith(executor);
    }

    private Map<String, String> sampleValues() {
        Map<String, String> sample = new HashMap<>();
        sample.put(TemplateVariables.CUSTOMER_SALUTATION, messages.get("content.preview.sample.salutation"));
        sample.put(TemplateVariables.CUSTOMER_NICKNAME, messages.get("content.preview.sample.nickname"));
        sample.put(TemplateVariables.INTENDED_PRODUCT, messages.get("content.preview.sample.product"));
        return sample;
    }

    /** Re-renders for {@code newBody} (pure: called on every keystroke). */
    public void render(ContentBody newBody) {
        this.body = newBody;
        if (newBody == null) {
            bubbles.clear();
            return;
        }
        List<PreviewBubble> out = new ArrayList<>();
        if (newBody.type() == ContentType.SCRIPT) {
            for (int i = 0; i < newBody.steps().size(); i++) {
                ScriptStep s = newBody.steps().get(i);
                String window = s.windowStart() == null ? messages.get("content.preview.anyTime")
                        : StepModel.hhmm(s.windowStart()) + "–" + StepModel.hhmm(s.windowEnd());
                out.add(new PreviewBubble(messages.get("content.preview.stepHeader", i + 1, s.dayOffset(), window),
                        TemplateVariables.render(s.text(), values), s.attachments()));
            }
        } else {
            Map<String, String> withGroup = new HashMap<>(values);
            String group = newBody.targetChatId() == null ? null : groupName.apply(newBody.targetChatId());
            if (group != null) {
                withGroup.put(TemplateVariables.GROUP_NAME, group);
            }
            out.add(new PreviewBubble(null, TemplateVariables.render(newBody.text(), withGroup),
                    newBody.attachments()));
            if (newBody.type() == ContentType.INVITE && newBody.groupWelcomeText() != null) {
                out.add(new PreviewBubble(messages.get("content.preview.groupWelcome"),
                        TemplateVariables.render(newBody.groupWelcomeText(), withGroup), List.of()));
            }
        }
        bubbles.setAll(out);
    }

    /** How to name a target group ({群名} in invites) from its chat id. */
    public void setGroupNames(java.util.function.Function<String, String> names) {
        this.groupName = names;
    }

    public ObservableList<PreviewContact> contacts() {
        return contacts;
    }

    public ObjectProperty<PreviewContact> contactProperty() {
        return contact;
    }

    public ObservableList<PreviewBubble> bubbles() {
        return bubbles;
    }

    public StringProperty senderNameProperty() {
        return senderName;
    }
}
