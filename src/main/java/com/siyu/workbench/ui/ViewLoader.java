package com.siyu.workbench.ui;

import com.siyu.workbench.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML by convention: controller {@code com.siyu.workbench.contacts.ContactsView} →
 * {@code /fxml/contacts/ContactsView.fxml}. Controllers are built by the {@link ControllerFactory} the composition root
 * fills, so they get their dependencies through their constructors; the FXML gets the UI texts as its bundle.
 */
public final class ViewLoader {
    static final String BASE_PACKAGE = "com.siyu.workbench.";

    private final ControllerFactory controllers;
    private final Supplier<Messages> messages;

    public ViewLoader(ControllerFactory controllers, Supplier<Messages> messages) {
        this.controllers = controllers;
        this.messages = messages;
    }

    /** Loads the FXML of {@code viewClass} and returns its root with the controller the factory built. */
    public <V> Loaded<V> load(Class<V> viewClass) {
        URL fxml = viewClass.getResource(fxmlPath(viewClass));
        if (fxml == null) {
            throw new IllegalStateException("No FXML for " + viewClass.getName() + " at " + fxmlPath(viewClass));
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.get().asBundle());
        loader.setControllerFactory(controllers::create);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, viewClass.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }

    static String fxmlPath(Class<?> viewClass) {
        String name = viewClass.getName();
        if (!name.startsWith(BASE_PACKAGE)) {
            throw new IllegalArgumentException("View outside the application package: " + name);
        }
        return "/fxml/" + name.substring(BASE_PACKAGE.length()).replace('.', '/') + ".fxml";
    }

    /** A loaded view: its scene-graph root and its controller. */
    public record Loaded<V>(Parent root, V controller) {
    }
}
