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
 * screen under Xvfb: {@code DISPLAY=:94 java -cp … com.siyu.workbench.contacts.ContactsDemo [contacts]}.
 */
public final class ContactsDemo extends Application {
    private Workbench workbench;
    private WorkbenchUi ui;

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        int count = getParameters().getRaw().isEmpty() ? 3000 : Integer.parseInt(getParameters().getRaw().get(0));
        Path dir = Files.createTempDirectory("contacts-demo");
        workbench = TestWorkbench.open(dir, Workbench.defaultClock());
        new ContactsFixture(workbench.db()).guide(ContactsFixture.OTHER_GUIDE, "李四", 2);
        ContactsBenchData data = ContactsBenchData.forGuides(List.of(TestWorkbench.GUIDE, ContactsFixture.OTHER_GUIDE),
                7, TestWorkbench.MORNING);
        data.writeCatalogues(workbench.db());
        for (int from = 0; from < count; from += 1000) {
            data.upsertContacts(workbench.db(), from, Math.min(1000, count - from), true);
        }
        workbench.db().write(c -> Sql.update(c, "UPDATE follows SET status = 'LOST', lost_at = added_at + 86400000"
                + " WHERE rowid % 9 = 0"));
        workbench.db().write(c -> Sql.update(c, "INSERT INTO contact_touches (external_userid, userid, kind,"
                + " touched_at) SELECT external_userid, userid, 'SENT', added_at + 3 * 86400000 FROM follows"
                + " WHERE rowid % 2 = 0"));
        workbench.contacts().searchIndex().refresh();
        StartupProbe probe = new StartupProbe(false, new PrintStream(OutputStream.nullOutputStream()), () -> { });
        ui = new WorkbenchUi(workbench, stage, probe, new CrashReporter(() -> null, () -> ui.messages(), dir));
        ui.show();
    }

    @Override
    public void stop() {
        ui.close();
        workbench.close();
    }
}
