package com.siyu.workbench.contacts;

import com.siyu.workbench.app.CrashReporter;
import com.siyu.workbench.app.StartupProbe;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.app.WorkbenchUi;
import com.siyu.workbench.bench.ContactsBenchData;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Opens the real shell on a prepared database with a few thousand generated customers, for looking at the contacts
 * screen under Xvfb: {@code DISPLAY=:94 java -cp … com.siyu.workbench.contacts.ContactsDemo --contacts=3000 --open=2}.
 */
public final class ContactsDemo {
    private ContactsDemo() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application; nested so the java launcher's JavaFX module check does not apply to the main class. */
    public static final class App extends Application {
        private Workbench workbench;
        private WorkbenchUi ui;

        @Override
        public void start(Stage stage) throws Exception {
            java.util.Map<String, String> named = getParameters().getNamed();
            int count = Integer.parseInt(named.getOrDefault("contacts", "3000"));
            Path dir = Files.createTempDirectory("contacts-demo");
            workbench = TestWorkbench.open(dir, Workbench.defaultClock());
            new ContactsFixture(workbench.db()).guide(ContactsFixture.OTHER_GUIDE, "李四", 2);
            ContactsBenchData data = ContactsBenchData.forGuides(List.of(TestWorkbench.GUIDE,
                    ContactsFixture.OTHER_GUIDE), 7, TestWorkbench.MORNING);
            data.writeCatalogues(workbench.db());
            for (int from = 0; from < count; from += 1000) {
                data.upsertContacts(workbench.db(), from, Math.min(1000, count - from), true);
            }
            workbench.db().write(c -> {
                Sql.update(c, "UPDATE follows SET status = 'LOST', lost_at = added_at + 86400000 WHERE rowid % 9 = 0");
                Sql.update(c, "INSERT INTO contact_touches (external_userid, userid, kind, touched_at)"
                        + " SELECT external_userid, userid, 'SENT', added_at + 3 * 86400000 FROM follows"
                        + " WHERE rowid % 2 = 0");
            });
            workbench.contacts().searchIndex().refresh();
            StartupProbe probe = new StartupProbe(false, new PrintStream(OutputStream.nullOutputStream()), () -> { });
            ui = new WorkbenchUi(workbench, stage, probe, new CrashReporter(() -> null, () -> ui.messages(), dir));
            ui.show();
            drive(stage, named);
            if (named.containsKey("import")) {
                showImport(Path.of(named.get("import")));
            }
        }

        /** The import dialog on a file, as the 导入订单… button opens it after the file chooser. */
        private void showImport(Path file) {
            var orders = new com.siyu.workbench.contacts.orders.OrdersViewModel(workbench.contacts().orderImport(),
                    workbench.contacts().orderMatching(), new com.siyu.workbench.ui.FxTaskExecutor(1, e -> { }),
                    () -> new com.siyu.workbench.members.Actor(TestWorkbench.LEAD, "王店长",
                            java.util.Set.of(com.siyu.workbench.members.Role.LEAD)), ui.messages(),
                    workbench.clock());
            var model = orders.newImport();
            var controllers = new com.siyu.workbench.ui.ControllerFactory().register(
                    com.siyu.workbench.contacts.orders.OrderImportView.class,
                    () -> new com.siyu.workbench.contacts.orders.OrderImportView(model, ui.messages(),
                            workbench.clock().getZone()));
            javafx.scene.Parent root = new com.siyu.workbench.ui.ViewLoader(controllers, ui::messages)
                    .load(com.siyu.workbench.contacts.orders.OrderImportView.class).root();
            root.getStylesheets().add(ContactsScreen.STYLESHEET);
            Stage dialog = new Stage();
            javafx.scene.Scene scene = new javafx.scene.Scene(root);
            scene.getStylesheets().add(getClass().getResource("/css/workbench.css").toExternalForm());
            dialog.setScene(scene);
            dialog.setTitle("导入订单");
            model.open(file);
            dialog.show();
        }

        /** Without a mouse under Xvfb: --member=…, --tab=orders, --query=…, --filters=true, --open=N (row index). */
        private static void drive(Stage stage, java.util.Map<String, String> named) {
            javafx.scene.Scene scene = stage.getScene();
            javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(
                    javafx.util.Duration.seconds(2));
            later.setOnFinished(e -> {
                if (named.containsKey("member")) {
                    @SuppressWarnings("unchecked")
                    var switcher = (javafx.scene.control.ComboBox<com.siyu.workbench.ui.shell.MemberChoice>)
                            scene.lookup("#memberSwitcher");
                    switcher.getItems().stream().filter(m -> m.userid().equals(named.get("member"))).findFirst()
                            .ifPresent(switcher.getSelectionModel()::select);
                }
                @SuppressWarnings("unchecked")
                var nav = (javafx.scene.control.ListView<com.siyu.workbench.ui.shell.NavEntry>)
                        scene.lookup("#navigation");
                nav.getSelectionModel().select(com.siyu.workbench.ui.shell.NavEntry.CONTACTS);
                if ("orders".equals(named.get("tab"))) {
                    ((javafx.scene.control.TabPane) scene.lookup("#contactsScreen")).getSelectionModel().select(1);
                }
                if (named.containsKey("query")) {
                    ((javafx.scene.control.TextField) scene.lookup("#contactSearch")).setText(named.get("query"));
                }
                if ("true".equals(named.get("filters"))) {
                    ((javafx.scene.control.ToggleButton) scene.lookup("#filterToggle")).setSelected(true);
                }
                if (named.containsKey("open")) {
                    javafx.animation.PauseTransition open = new javafx.animation.PauseTransition(
                            javafx.util.Duration.seconds(2));
                    open.setOnFinished(x -> {
                        ((javafx.scene.control.TableView<?>) scene.lookup("#contactTable")).getSelectionModel()
                                .select(Integer.parseInt(named.get("open")));
                        if (named.containsKey("scroll")) {
                            javafx.animation.PauseTransition scroll = new javafx.animation.PauseTransition(
                                    javafx.util.Duration.seconds(1));
                            scroll.setOnFinished(y -> ((javafx.scene.control.ScrollPane) scene.lookup("#profileScroll"))
                                    .setVvalue(Double.parseDouble(named.get("scroll"))));
                            scroll.play();
                        }
                        if ("true".equals(named.get("editTags"))) {
                            javafx.animation.PauseTransition edit = new javafx.animation.PauseTransition(
                                    javafx.util.Duration.seconds(1.5));
                            edit.setOnFinished(y -> ((javafx.scene.control.Button) scene.lookup("#editTags")).fire());
                            edit.play();
                        }
                    });
                    open.play();
                }
            });
            later.play();
        }

        @Override
        public void stop() {
            ui.close();
            workbench.close();
        }
    }
}
