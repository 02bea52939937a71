package com.siyu.workbench.store;

import com.siyu.workbench.store.DatabaseOpenException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The one SQLite file that holds the workbench's local copy. WAL mode (readers never wait for the writer),
 * foreign keys on, schema migrated at open.
 *
 * <p>Writes go through a single writer connection: SQLite allows one writer anyway, and funnelling them keeps
 * {@code SQLITE_BUSY} out of normal operation. {@link #inTransaction} nests — a repository called inside an outer
 * transaction joins it — which is how a local change and its outbox row commit atomically. Reads use a small pool
 * of connections, or the caller's own transaction connection so a transaction reads its own writes.
 */
public final class Database implements AutoCloseable {
    private static final int READERS = 3;

    private final Path file;
    private final String url;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ThreadLocal<Integer> txDepth = ThreadLocal.withInitial(() -> 0);
    private final ThreadLocal<List<Runnable>> afterCommit = ThreadLocal.withInitial(ArrayList::new);
    private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> allReaders = new ArrayList<>();
    private int openedReaders;

    private Database(Path file, String url, Connection writer) {
        this.file = file;
        this.url = url;
        this.writer = writer;
    }

    /** Opens (creating if needed) and migrates the database at {@code file}. */
    public static Database open(Path file) throws DatabaseOpenException {
        Path absolute = file.toAbsolutePath();
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new DatabaseOpenException(absolute, Reason.READ_ONLY, e);
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new DatabaseOpenException(absolute, Reason.READ_ONLY, null);
        }
        String url = "jdbc:sqlite:" + absolute;
        Connection writer = null;
        try {
            writer = connect(url, false);
            Migrations.apply(url, absolute);
            return new Database(absolute, url, writer);
        } catch (DatabaseOpenException e) {
            closeQuietly(writer);
            throw e;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(writer);
            throw new DatabaseOpenException(absolute, OpenFailureClassifier.classify(e), e);
        }
    }

    private static Connection connect(String url, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        // FULL: a change the user made survives power loss, not only a crash; the cost is one fsync per commit.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setReadOnly(readOnly);
        Connection connection = config.createConnection(url);
        // Touch the file now so a corrupt or foreign file fails at open, not at the first query.
        try (var statement = connection.createStatement()) {
            statement.execute("PRAGMA schema_version");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in a write transaction, joining the caller's transaction if there is one. */
    public <T> T inTransaction(SqlWork<T> work) {
        writeLock.lock();
        int depth = txDepth.get();
        try {
            if (depth > 0) {
                return runNested(work, depth);
            }
            return runOutermost(work);
        } finally {
            writeLock.unlock();
        }
    }

    /** Convenience for transactions that return nothing. */
    public void write(SqlAction work) {
        inTransaction(connection -> {
            work.run(connection);
            return null;
        });
    }

    private <T> T runNested(SqlWork<T> work, int depth) {
        txDepth.set(depth + 1);
        try {
            return work.apply(writer);
        } catch (SQLException e) {
            throw new StoreException("Database write failed: " + e.getMessage(), e);
        } finally {
            txDepth.set(depth);
        }
    }

    private <T> T runOutermost(SqlWork<T> work) {
        txDepth.set(1);
        List<Runnable> committed = List.of();
        try {
            writer.setAutoCommit(false);
            T result = work.apply(writer);
            writer.commit();
            committed = List.copyOf(afterCommit.get());
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            rollback();
            if (e instanceof SQLException sql) {
                throw new StoreException("Database write failed: " + sql.getMessage(), sql);
            }
            throw sneaky(e);
        } finally {
            txDepth.remove();
            afterCommit.remove();
            try {
                writer.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is unusable; the next transaction reports it
            }
            // outside the write lock's transaction: listeners may read, enqueue work, or start their own transaction
            committed.forEach(Runnable::run);
        }
    }

    /**
     * Runs {@code action} once the current transaction has committed (at once when there is none); never when it
     * rolls back. For telling others about a change only when the change is durable.
     */
    public void afterCommit(Runnable action) {
        if (txDepth.get() > 0 && writeLock.isHeldByCurrentThread()) {
            afterCommit.get().add(action);
        } else {
            action.run();
        }
    }

    private void rollback() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // rollback after a failed commit: SQLite has already rolled back
        }
    }

    /** Runs read-only work; inside a transaction it reads the transaction's own writes. */
    public <T> T read(SqlWork<T> work) {
        if (txDepth.get() > 0 && writeLock.isHeldByCurrentThread()) {
            try {
                return work.apply(writer);
            } catch (SQLException e) {
                throw new StoreException("Database read failed: " + e.getMessage(), e);
            }
        }
        Connection reader = borrowReader();
        try {
            return work.apply(reader);
        } catch (SQLException e) {
            throw new StoreException("Database read failed: " + e.getMessage(), e);
        } finally {
            idleReaders.offer(reader);
        }
    }

    private Connection borrowReader() {
        Connection idle = idleReaders.poll();
        if (idle != null) {
            return idle;
        }
        synchronized (allReaders) {
            if (openedReaders < READERS) {
                try {
                    Connection fresh = connect(url, false);
                    allReaders.add(fresh);
                    openedReaders++;
                    return fresh;
                } catch (SQLException e) {
                    throw new StoreException("Cannot open a read connection: " + e.getMessage(), e);
                }
            }
        }
        try {
            return idleReaders.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for a read connection", e);
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            synchronized (allReaders) {
                allReaders.forEach(Database::closeQuietly);
                allReaders.clear();
            }
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing: nothing left to protect
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable e) throws E {
        throw (E) e;
    }

    /** Write work with no result. */
    @FunctionalInterface
    public interface SqlAction {
        void run(Connection connection) throws SQLException;
    }
}
