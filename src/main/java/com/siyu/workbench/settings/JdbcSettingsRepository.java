package com.siyu.workbench.settings;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.util.Optional;

public final class JdbcSettingsRepository implements SettingsRepository {
    private final Database db;

    public JdbcSettingsRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<String> get(String key) {
        return db.read(c -> Sql.queryOne(c, "SELECT value FROM settings WHERE key = ?", rs -> rs.getString(1), key));
    }

    @Override
    public void put(String key, String value) {
        db.write(c -> Sql.update(c,
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                key, value));
    }

    @Override
    public void remove(String key) {
        db.write(c -> Sql.update(c, "DELETE FROM settings WHERE key = ?", key));
    }
}
