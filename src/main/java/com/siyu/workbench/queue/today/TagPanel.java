package com.siyu.workbench.queue.today;

import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.queue.TagRef;
import com.siyu.workbench.queue.TaskCard;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The contact's tags by group as check boxes (one stage at most, the contract's 客户阶段): Tab/Space to change,
 * Ctrl+Enter or the button saves, Esc cancels.
 */
final class TagPanel implements PanelView {
    private static final String STAGE_GROUP = "客户阶段";

    private final VBox root;
    private final Map<String, CheckBox> boxes = new LinkedHashMap<>();

    TagPanel(TodayViewModel vm) {
        Messages m = vm.messages();
        TaskCard task = vm.focusedProperty().get();
        Set<String> has = new LinkedHashSet<>();
        task.tags().forEach(t -> has.add(t.id()));
        Label title = new Label(m.get("queue.today.tags.title"));
        title.getStyleClass().add("today-panel-title");
        root = new VBox(6, title);
        Map<String, FlowPane> groups = new LinkedHashMap<>();
        for (TagRef tag : vm.allTags()) {
            FlowPane pane = groups.computeIfAbsent(tag.group(), g -> {
                FlowPane flow = new FlowPane(10, 4);
                Label name = new Label(g);
                name.getStyleClass().add("today-fact-label");
                root.getChildren().addAll(name, flow);
                return flow;
            });
            CheckBox box = new CheckBox(tag.name());
            box.setSelected(has.contains(tag.id()));
            if (STAGE_GROUP.equals(tag.group())) {
                // A contact has one stage: picking one clears the others.
                box.selectedProperty().addListener((obs, was, now) -> {
                    if (now) {
                        pane.getChildren().stream().filter(n -> n != box && n instanceof CheckBox)
                                .forEach(n -> ((CheckBox) n).setSelected(false));
                    }
                });
            }
            box.setId("tag-" + tag.id());
            boxes.put(tag.id(), box);
            pane.getChildren().add(box);
        }
        if (boxes.isEmpty()) {
            root.getChildren().add(new Label(m.get("queue.today.tags.none")));
        }
        Button save = new Button(m.get("queue.today.tags.save"));
        save.setId("saveTags");
        save.setDefaultButton(false);
        save.setOnAction(e -> vm.forms().saveTags(selected()));
        root.getChildren().add(save);
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                vm.forms().saveTags(selected());
                e.consume();
            }
        });
        root.getStyleClass().add("today-panel");
        root.setId("tagPanel");
    }

    private Set<String> selected() {
        Set<String> ids = new LinkedHashSet<>();
        boxes.forEach((id, box) -> {
            if (box.isSelected()) {
                ids.add(id);
            }
        });
        return ids;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focus() {
        List<CheckBox> all = List.copyOf(boxes.values());
        if (!all.isEmpty()) {
            all.get(0).requestFocus();
        }
    }
}
