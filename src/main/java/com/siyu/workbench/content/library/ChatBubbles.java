package com.siyu.workbench.content.library;

import com.siyu.workbench.content.Attachment;
import com.siyu.workbench.i18n.Messages;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Draws preview bubbles the way WeChat shows the guide's own messages: on the right, with an avatar. */
final class ChatBubbles {
    private final Messages messages;

    ChatBubbles(Messages messages) {
        this.messages = messages;
    }

    List<Node> render(List<PreviewBubble> bubbles, String sender) {
        String initial = sender == null || sender.isBlank() ? "我" : sender.substring(0, 1);
        return bubbles.stream().map(b -> bubble(b, initial)).toList();
    }

    private Node bubble(PreviewBubble b, String initial) {
        VBox column = new VBox(6);
        column.setAlignment(Pos.TOP_RIGHT);
        if (!b.text().isBlank()) {
            Label text = new Label(b.text());
            text.setWrapText(true);
            text.setMaxWidth(300);
            text.getStyleClass().add("chat-bubble");
            column.getChildren().add(text);
        }
        b.attachments().forEach(a -> column.getChildren().add(card(a)));
        Label avatar = new Label(initial);
        avatar.getStyleClass().add("chat-avatar");
        avatar.setMinSize(34, 34);
        avatar.setAlignment(Pos.CENTER);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, spacer, column, avatar);
        row.setAlignment(Pos.TOP_RIGHT);
        VBox wrapper = new VBox(4);
        if (b.header() != null) {
            Label header = new Label(b.header());
            header.getStyleClass().add("chat-header");
            wrapper.getChildren().add(header);
            wrapper.setAlignment(Pos.TOP_CENTER);
        }
        wrapper.getChildren().add(row);
        wrapper.getStyleClass().add("chat-message");
        return wrapper;
    }

    private Node card(Attachment a) {
        VBox card = new VBox(2);
        card.getStyleClass().add("chat-card");
        card.setMaxWidth(300);
        Label kind = new Label(messages.get("content.attachment." + a.msgtype()));
        kind.getStyleClass().add("chat-card-kind");
        Label title = new Label(a.label());
        title.setWrapText(true);
        title.getStyleClass().add("chat-card-title");
        card.getChildren().addAll(title, kind);
        if (a instanceof Attachment.Link link && link.desc() != null) {
            Label desc = new Label(link.desc());
            desc.setWrapText(true);
            desc.getStyleClass().add("chat-card-desc");
            card.getChildren().add(1, desc);
        }
        return card;
    }
}
