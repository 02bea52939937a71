package com.siyu.workbench.queue;

import com.siyu.workbench.app.CrashReporter;
import com.siyu.workbench.app.StartupProbe;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.app.WorkbenchUi;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.testing.TestWorkbench;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Opens the real shell on a realistic store (400 customers, demo content, half a morning's work done) for looking at
 * the queue screens under Xvfb: {@code DISPLAY=:95 java -cp … com.siyu.workbench.queue.QueueScreenshots [member]}.
 */
public final class QueueScreenshots {
    private QueueScreenshots() {
    }

    public static void main(String[] args) {
        Application.launch(Shots.class, args);
    }

    /** The application; args: [member] [key…] where keys are typed into the screen once it shows. */
    public static final class Shots extends Application {
    private Workbench workbench;
    private WorkbenchUi ui;

    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("queue-shots");
        Clock clock = Clock.fixed(QueueData.at("2026-11-23T10:20"), QueueData.SHANGHAI);
        workbench = TestWorkbench.open(dir, clock);
        QueueDemo.catalogue(workbench.db());
        QueueDemo.customers(workbench.db(), TestWorkbench.GUIDE, 400, clock.instant(), 7);
        Actor guide = new Actor(TestWorkbench.GUIDE, "张晓雯", Set.of(Role.GUIDE));
        workbench.db().write(c -> com.siyu.workbench.store.Sql.update(c,
                "UPDATE departments SET name = '上海徐汇店' WHERE id = 2"));
        QueueDay day = workbench.queue().days().openToday(guide);
        List<TaskCard> tasks = day.tasks();
        for (int i = 0; i < Math.min(5, tasks.size()); i += 2) {
            workbench.queue().actions().done(guide, tasks.get(tasks.size() - 1 - i).id());
        }
        String member = getParameters().getRaw().isEmpty() ? TestWorkbench.GUIDE : getParameters().getRaw().get(0);
        workbench.settings().setCurrentMember(member);
        StartupProbe probe = new StartupProbe(false, new PrintStream(OutputStream.nullOutputStream()), () -> { });
        ui = new WorkbenchUi(workbench, stage, probe, new CrashReporter(() -> null, () -> ui.messages(), dir));
        ui.show();
        stage.setWidth(1366);
        stage.setHeight(Integer.getInteger("shots.height", 860));
        stage.setX(0);
        stage.setY(0);
        List<String> keys = getParameters().getRaw().size() > 1
                ? getParameters().getRaw().subList(1, getParameters().getRaw().size()) : List.of();
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        wait.setOnFinished(e -> press(stage, keys));
        wait.play();
    }

    @SuppressWarnings("unchecked")
    private static void press(Stage stage, List<String> keys) {
        for (String key : keys) {
            if (key.startsWith("nav=")) {
                var nav = (javafx.scene.control.ListView<com.siyu.workbench.ui.shell.NavEntry>)
                        stage.getScene().lookup("#navigation");
                nav.getSelectionModel().select(com.siyu.workbench.ui.shell.NavEntry.valueOf(key.substring(4)));
                continue;
            }
            if (key.startsWith("click=")) {
                var node = stage.getScene().lookup(key.substring(6));
                if (node instanceof javafx.scene.control.ButtonBase button) {
                    button.fire();
                }
                continue;
            }
            javafx.scene.input.KeyCode code = javafx.scene.input.KeyCode.valueOf(key);
            javafx.scene.Node target = stage.getScene().getFocusOwner() == null ? stage.getScene().getRoot()
                    : stage.getScene().getFocusOwner();
            javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
            if (code.isLetterKey() || code == javafx.scene.input.KeyCode.SLASH) {
                javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                        javafx.scene.input.KeyEvent.KEY_TYPED, code == javafx.scene.input.KeyCode.SLASH ? "?"
                        : code.getChar().toLowerCase(), "", javafx.scene.input.KeyCode.UNDEFINED, false, false, false,
                        false));
            }
        }
    }

    @Override
    public void stop() {
        if (ui != null) {
            ui.close();
        }
        if (workbench != null) {
            workbench.close();
        }
        Platform.exit();
    }
    }
}
