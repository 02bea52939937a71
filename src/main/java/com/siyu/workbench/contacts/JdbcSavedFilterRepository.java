package com.siyu.workbench.contacts;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

public final class JdbcSavedFilterRepository implements SavedFilterRepository {
    private static final String SELECT = "SELECT id, owner_userid, name, filter_json, updated_at FROM saved_filters";

    private final Database db;
    private final Clock clock;

    public JdbcSavedFilterRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<SavedFilter> ofOwner(String ownerUserid) {
        return db.read(c -> Sql.query(c, SELECT + " WHERE owner_userid = ? ORDER BY name", this::map, ownerUserid));
    }

    @Override
    public Optional<SavedFilter> find(long id) {
        return db.read(c -> Sql.queryOne(c, SELECT + " WHERE id = ?", this::map, id));
    }

    @Override
    public SavedFilter save(String ownerUserid, String name, ContactFilter filter) {
        long now = clock.millis();
        return db.inTransaction(c -> {
            Sql.update(c, "INSERT INTO saved_filters (owner_userid, name, filter_json, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (owner_userid, name)"
                    + " DO UPDATE SET filter_json = excluded.filter_json, updated_at = excluded.updated_at",
                    ownerUserid, name, filter.toJson(), now, now);
            return Sql.queryOne(c, SELECT + " WHERE owner_userid = ? AND name = ?", this::map, ownerUserid, name)
                    .orElseThrow();
        });
    }

    @Override
    public boolean delete(String ownerUserid, long id) {
        return db.inTransaction(c -> Sql.update(c, "DELETE FROM saved_filters WHERE id = ? AND owner_userid = ?", id,
                ownerUserid) == 1);
    }

    private SavedFilter map(ResultSet rs) throws SQLException {
        return new SavedFilter(rs.getLong(1), rs.getString(2), rs.getString(3), ContactFilter.fromJson(rs.getString(4)),
                Sql.instant(rs, "updated_at"));
    }
}
