package com.siyu.workbench.queue.today;

import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.queue.DaySummary;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The end-of-day summary: sent, done, skipped, carried over, moved by the cap, and the customers touched today. */
final class SummaryOverlay implements PanelView {
    private final VBox root;

    SummaryOverlay(Messages m, DaySummary summary) {
        Label title = new Label(m.get("queue.today.summary.title"));
        title.getStyleClass().add("today-panel-title");
        GridPane counts = new GridPane();
        counts.setHgap(18);
        counts.setVgap(4);
        counts.addRow(0, count(summary.sent(), "summarySent"), count(summary.done(), "summaryDone"),
                count(summary.skipped(), "summarySkipped"), count(summary.carriedOver(), "summaryCarried"),
                count(summary.movedByCap(), "summaryMoved"));
        counts.addRow(1, new Label(m.get("queue.today.summary.sent")), new Label(m.get("queue.today.summary.done")),
                new Label(m.get("queue.today.summary.skipped")), new Label(m.get("queue.today.summary.carried")),
                new Label(m.get("queue.today.summary.moved")));
        counts.getChildren().forEach(n -> ((Label) n).setMinWidth(Label.USE_PREF_SIZE));
        Label hint = new Label(m.get("queue.today.summary.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("today-muted");
        Label touched = new Label(m.get("queue.today.summary.touched", summary.customersTouched().size()));
        touched.getStyleClass().add("today-fact-label");
        Label names = new Label(summary.customersTouched().isEmpty() ? m.get("queue.today.summary.nobody")
                : String.join("、", summary.customersTouched()));
        names.setWrapText(true);
        names.setId("summaryCustomers");
        root = new VBox(10, title, counts, hint, touched, names);
        root.getStyleClass().add("today-overlay");
        root.setId("summaryOverlay");
        root.setMaxSize(460, VBox.USE_PREF_SIZE);
    }

    private static Label count(int n, String id) {
        Label label = new Label(String.valueOf(n));
        label.getStyleClass().add("today-count");
        label.setId(id);
        return label;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focus() {
        // read-only
    }
}
