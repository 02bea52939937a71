package com.siyu.workbench.admin;

import com.siyu.workbench.settings.WeComConnection.Mode;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;

/** Binds the connection form to its view model; nothing else. */
public final class ConnectionView {
    private final ConnectionViewModel model;

    @FXML private ScrollPane root;
    @FXML private RadioButton sandboxMode;
    @FXML private RadioButton remoteMode;
    @FXML private TextField baseUrl;
    @FXML private TextField corpId;
    @FXML private PasswordField secret;
    @FXML private TextField agentId;
    @FXML private TextField syncInterval;
    @FXML private Label baseUrlError;
    @FXML private Label corpIdError;
    @FXML private Label secretError;
    @FXML private Label agentIdError;
    @FXML private Label syncIntervalError;
    @FXML private Button save;
    @FXML private Button test;
    @FXML private Label checkResult;

    public ConnectionView(ConnectionViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        ToggleGroup modes = new ToggleGroup();
        sandboxMode.setToggleGroup(modes);
        remoteMode.setToggleGroup(modes);
        sandboxMode.setUserData(Mode.EMBEDDED_SANDBOX);
        remoteMode.setUserData(Mode.REMOTE);
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.modeProperty().set((Mode) now.getUserData());
            }
        });
        model.modeProperty().addListener((obs, old, now) -> selectMode(now));
        selectMode(model.modeProperty().get());

        baseUrl.textProperty().bindBidirectional(model.baseUrlProperty());
        corpId.textProperty().bindBidirectional(model.corpIdProperty());
        secret.textProperty().bindBidirectional(model.newSecretProperty());
        agentId.textProperty().bindBidirectional(model.agentIdProperty());
        syncInterval.textProperty().bindBidirectional(model.syncIntervalProperty());
        secret.promptTextProperty().bind(model.secretHintProperty());
        for (Node field : new Node[] {baseUrl, corpId, secret, agentId}) {
            field.disableProperty().bind(model.remoteProperty().not());
        }
        Map<String, Label> errors = Map.of("baseUrl", baseUrlError, "corpId", corpIdError, "secret", secretError,
                "agentId", agentIdError, "syncInterval", syncIntervalError);
        model.fieldErrors().addListener((MapChangeListener<String, String>) change -> {
            Label label = errors.get(change.getKey());
            if (label != null) {
                label.setText(change.wasAdded() ? change.getValueAdded() : "");
            }
        });
        checkResult.textProperty().bind(model.checkResultProperty());
        save.disableProperty().bind(model.busyProperty());
        test.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        test.setOnAction(e -> model.testConnection());
        test.setVisible(model.canTest());
        test.setManaged(model.canTest());
    }

    private void selectMode(Mode mode) {
        (mode == Mode.REMOTE ? remoteMode : sandboxMode).setSelected(true);
    }

    public ScrollPane root() {
        return root;
    }
}
