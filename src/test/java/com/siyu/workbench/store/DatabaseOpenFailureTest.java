package com.siyu.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.siyu.workbench.store.DatabaseOpenException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class DatabaseOpenFailureTest {
    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotADatabaseIsReportedAsCorruptWithItsPath() throws Exception {
        Path file = dir.resolve("workbench.db");
        Files.writeString(file, "this is a spreadsheet, not a database ".repeat(200));

        DatabaseOpenException e = catchThrowableOfType(DatabaseOpenException.class, () -> Database.open(file));

        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(e.file()).isEqualTo(file.toAbsolutePath());
        assertThat(e.messageKey()).isEqualTo("store.open.corrupt");
    }

    @Test
    void aFolderThatCannotBeCreatedIsReportedAsNotWritable() throws Exception {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where a folder should be");

        DatabaseOpenException e = catchThrowableOfType(DatabaseOpenException.class,
                () -> Database.open(blocker.resolve("sub").resolve("workbench.db")));

        assertThat(e.reason()).isEqualTo(Reason.READ_ONLY);
    }

    @Test
    void aDatabaseFromANewerReleaseIsRefusedRatherThanMisread() throws Exception {
        Path file = dir.resolve("workbench.db");
        Database.open(file).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description,"
                    + " type, script, checksum, installed_by, execution_time, success)"
                    + " VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'x', 0, 1)");
        }

        DatabaseOpenException e = catchThrowableOfType(DatabaseOpenException.class, () -> Database.open(file));

        assertThat(e.reason()).isEqualTo(Reason.NEWER_SCHEMA);
    }

    @Test
    void sqliteErrorCodesMapToReasonsAPersonCanActOn() {
        assertThat(OpenFailureClassifier.classify(new SQLiteException("busy", SQLiteErrorCode.SQLITE_BUSY)))
                .isEqualTo(Reason.IN_USE);
        assertThat(OpenFailureClassifier.classify(new SQLiteException("ro", SQLiteErrorCode.SQLITE_READONLY)))
                .isEqualTo(Reason.READ_ONLY);
        assertThat(OpenFailureClassifier.classify(new RuntimeException(new SQLiteException("x",
                SQLiteErrorCode.SQLITE_NOTADB)))).isEqualTo(Reason.CORRUPT);
        assertThat(OpenFailureClassifier.classify(new RuntimeException("disk exploded"))).isEqualTo(Reason.CANNOT_OPEN);
    }
}
