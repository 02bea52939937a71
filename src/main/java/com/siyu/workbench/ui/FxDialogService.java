package com.siyu.workbench.ui;

import com.siyu.workbench.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX dialogs owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Messages messages;
    private final Consumer<String> notifier;

    public FxDialogService(Supplier<Window> owner, Messages messages, Consumer<String> notifier) {
        this.owner = owner;
        this.messages = messages;
        this.notifier = notifier;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        alert.showAndWait();
    }

    @Override
    public void showErrorWithDetails(String title, String message, Throwable details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        String trace = stackTrace(details);
        TextArea area = new TextArea(trace);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(area);
        ButtonType copy = new ButtonType(messages.get("common.copyDetails"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ok());
        // The copy button must not close the dialog: consume its action.
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(title + "\n" + message + "\n\n" + trace);
            Clipboard.getSystemClipboard().setContent(content);
            notifier.accept(messages.get("common.copied"));
            e.consume();
        });
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        return alert.showAndWait().filter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    @Override
    public void notify(String message) {
        notifier.accept(message);
    }

    @Override
    public Optional<String> promptText(String title, String label, String initialValue) {
        TextInputDialog dialog = new TextInputDialog(initialValue == null ? "" : initialValue);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(label);
        dialog.getDialogPane().getButtonTypes().setAll(ok(), cancel());
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> choose(String title, String label, List<String> choices, boolean allowOther) {
        List<String> options = new ArrayList<>(choices);
        String other = messages.get("common.other");
        if (allowOther) {
            options.add(other);
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(options.isEmpty() ? null : options.get(0), options);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(label);
        dialog.getDialogPane().getButtonTypes().setAll(ok(), cancel());
        Optional<String> picked = dialog.showAndWait();
        if (picked.isPresent() && allowOther && picked.get().equals(other)) {
            return promptText(title, label, "").filter(text -> !text.isBlank());
        }
        return picked;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<String> extensions) {
        FileChooser chooser = chooser(title, extensions);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<String> extensions) {
        FileChooser chooser = chooser(title, extensions);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(java.io.File::toPath);
    }

    /** JavaFX labels its stock buttons in the OS locale; ours follow the language chosen in the app. */
    private ButtonType ok() {
        return new ButtonType(messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    private ButtonType cancel() {
        return new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private static FileChooser chooser(String title, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (!extensions.isEmpty()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", extensions),
                    extensions.stream().map(ext -> "*." + ext).toList()));
        }
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ok());
        if (type == Alert.AlertType.CONFIRMATION) {
            alert.getButtonTypes().setAll(ok(), cancel());
        }
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setResizable(true);
        return alert;
    }

    static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
