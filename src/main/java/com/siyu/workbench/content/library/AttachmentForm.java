package com.siyu.workbench.content.library;

import com.siyu.workbench.content.Attachment;
import com.siyu.workbench.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Edits the selected attachment in place: the fields WeCom's attachment of that kind has (link: title, desc, url,
 * cover; mini-program: title, appid, page, cover media; image: picture URL or media; file/video: media). Attachments
 * are immutable records, so each edit replaces the record in the list.
 */
final class AttachmentForm {
    private static final List<String> FIELDS = List.of("title", "desc", "url", "picurl", "media_id", "appid", "page");

    private final GridPane grid;
    private final ListView<Attachment> list;
    private final Messages messages;
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Map<String, Label> labels = new LinkedHashMap<>();
    private final BooleanProperty editable = new SimpleBooleanProperty(true);
    private ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private boolean filling;
    /** Selects the first attachment when a list that had none gets some (a version loaded after the step). */
    private final javafx.collections.ListChangeListener<Attachment> selectFirst;

    AttachmentForm(GridPane grid, ListView<Attachment> list, Messages messages) {
        this.grid = grid;
        this.list = list;
        this.messages = messages;
        this.selectFirst = c -> {
            if (!filling && list.getSelectionModel().isEmpty() && !attachments.isEmpty()) {
                list.getSelectionModel().select(0);
            }
        };
        int row = 0;
        for (String name : FIELDS) {
            Label label = new Label(messages.get("content.attachment.field." + name));
            TextField field = new TextField();
            field.setId("attachment-" + name);
            field.editableProperty().bind(editable);
            GridPane.setHgrow(field, Priority.ALWAYS);
            grid.addRow(row++, label, field);
            fields.put(name, field);
            labels.put(name, label);
            field.textProperty().addListener((obs, old, now) -> edited());
        }
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Attachment a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null
                        : messages.get("content.attachment." + a.msgtype()) + " · " + a.label());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> fill(now));
        fill(null);
    }

    void show(ObservableList<Attachment> current) {
        attachments.removeListener(selectFirst);
        attachments = current;
        list.setItems(current);
        // after the list's own listener, which clears the selection when the items are replaced
        attachments.addListener(selectFirst);
        if (!current.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        fill(list.getSelectionModel().getSelectedItem());
    }

    void add(Attachment blank) {
        attachments.add(blank);
        list.getSelectionModel().select(attachments.size() - 1);
    }

    void removeSelected() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            attachments.remove(index);
        }
    }

    BooleanProperty editableProperty() {
        return editable;
    }

    private void fill(Attachment a) {
        filling = true;
        try {
            Map<String, String> values = a == null ? Map.of() : values(a);
            for (String name : FIELDS) {
                boolean shown = values.containsKey(name);
                fields.get(name).setText(shown ? nullToEmpty(values.get(name)) : "");
                fields.get(name).setVisible(shown);
                fields.get(name).setManaged(shown);
                labels.get(name).setVisible(shown);
                labels.get(name).setManaged(shown);
            }
            grid.setVisible(a != null);
            grid.setManaged(a != null);
        } finally {
            filling = false;
        }
    }

    private void edited() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (filling || index < 0) {
            return;
        }
        Attachment a = attachments.get(index);
        Attachment updated;
        if (a instanceof Attachment.Link) {
            updated = new Attachment.Link(v("title"), v("desc"), v("picurl"), v("url"));
        } else if (a instanceof Attachment.MiniProgram) {
            updated = new Attachment.MiniProgram(v("title"), v("media_id"), v("appid"), v("page"));
        } else if (a instanceof Attachment.Image) {
            updated = new Attachment.Image(v("media_id"), v("picurl"));
        } else if (a instanceof Attachment.File) {
            updated = new Attachment.File(v("media_id"));
        } else {
            updated = new Attachment.Video(v("media_id"));
        }
        filling = true;
        try {
            attachments.set(index, updated);
            list.getSelectionModel().select(index);
        } finally {
            filling = false;
        }
    }

    private String v(String field) {
        String text = fields.get(field).getText();
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, String> values(Attachment a) {
        Map<String, String> m = new LinkedHashMap<>();
        if (a instanceof Attachment.Link l) {
            m.put("title", l.title());
            m.put("desc", l.desc());
            m.put("url", l.url());
            m.put("picurl", l.picurl());
        } else if (a instanceof Attachment.MiniProgram mp) {
            m.put("title", mp.title());
            m.put("appid", mp.appid());
            m.put("page", mp.page());
            m.put("media_id", mp.picMediaId());
        } else if (a instanceof Attachment.Image i) {
            m.put("picurl", i.picUrl());
            m.put("media_id", i.mediaId());
        } else if (a instanceof Attachment.File f) {
            m.put("media_id", f.mediaId());
        } else if (a instanceof Attachment.Video v) {
            m.put("media_id", v.mediaId());
        }
        return m;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
