package com.siyu.workbench.content.library;

import com.siyu.workbench.content.lint.Finding;
import com.siyu.workbench.content.lint.LintMessages;
import com.siyu.workbench.content.lint.Severity;
import com.siyu.workbench.i18n.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** Shows findings: a list cell with severity, message and suggestion, and the text with its ranges marked. */
public final class LintPresenter {
    private final Messages messages;
    private final LintMessages texts;

    public LintPresenter(Messages messages) {
        this.messages = messages;
        this.texts = new LintMessages(messages);
    }

    public String message(Finding f) {
        return texts.message(f);
    }

    /** A cell showing the finding; {@code apply} replaces the range with the suggested text. */
    public ListCell<Finding> cell(Consumer<Finding> apply) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                if (empty || f == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label badge = new Label(messages.get("content.lint.severity." + f.severity().name()));
                badge.getStyleClass().addAll("lint-badge", f.severity() == Severity.ERROR ? "lint-error" : "lint-warning");
                badge.setMinWidth(38);
                String where = where(f.field());
                Label message = new Label((where.isEmpty() ? "" : where + " · ") + texts.message(f));
                message.setWrapText(true);
                message.getStyleClass().add("lint-message");
                Label hint = new Label(texts.suggestion(f));
                hint.setWrapText(true);
                hint.getStyleClass().add("lint-hint");
                VBox body = new VBox(2, message, hint);
                HBox.setHgrow(body, Priority.ALWAYS);
                body.setMaxWidth(Double.MAX_VALUE);
                body.setPrefWidth(1);
                HBox row = new HBox(8, badge, body);
                row.setAlignment(Pos.TOP_LEFT);
                if (f.replacement() != null) {
                    Button fix = new Button(messages.get("content.lint.apply"));
                    fix.getStyleClass().addAll("small", "flat");
                    fix.setOnAction(e -> apply.accept(f));
                    row.getChildren().add(fix);
                }
                setText(null);
                setGraphic(row);
            }
        };
    }

    /** Where a finding is, for a list that mixes several messages: 第 2 步, 入群欢迎语, 附件 … ("" for the text). */
    public String where(String field) {
        java.util.regex.Matcher step = java.util.regex.Pattern.compile("steps\\[(\\d+)].*").matcher(field);
        if (step.matches()) {
            return messages.get("content.lint.where.step", Integer.parseInt(step.group(1)) + 1);
        }
        if (field.startsWith("attachments")) {
            return messages.get("content.lint.where.attachments");
        }
        if (field.equals("groupWelcomeText")) {
            return messages.get("content.lint.where.groupWelcome");
        }
        return field.equals("text") ? "" : messages.get("content.lint.where.settings");
    }

    /** {@code text} as Text nodes, the ranges of {@code findings} marked (errors before warnings where they overlap). */
    public List<Node> highlight(String text, List<Finding> findings) {
        Severity[] marks = new Severity[text.length()];
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparing(Finding::severity).reversed());
        for (Finding f : ordered) {
            for (int i = Math.max(0, f.start()); i < Math.min(text.length(), f.end()); i++) {
                marks[i] = f.severity();
            }
        }
        List<Node> nodes = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marks[i] != marks[start]) {
                Text run = new Text(text.substring(start, i));
                if (marks[start] != null) {
                    run.getStyleClass().add(marks[start] == Severity.ERROR ? "lint-mark-error" : "lint-mark-warning");
                }
                nodes.add(run);
                start = i;
            }
        }
        return nodes;
    }
}
