package com.siyu.workbench.content;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.sync.OutboxKind;
import java.util.List;
import java.util.Optional;

/**
 * What was queued to WeCom for one content item ({@code content_remote_pushes}), oldest first. A remote object (the
 * group welcome template, the join way) lives from its add to its delete; after a delete the next add starts a new
 * generation, so every key stays unique and a retired-then-reapproved template gets a fresh WeCom object.
 */
record PushHistory(List<Row> rows) {
    record Row(String key, int version, String kind) {
        boolean is(OutboxKind k) {
            return kind.equals(k.name());
        }
    }

    /** The adds, changes and deletes of one remote object. */
    record Remote(OutboxKind add, OutboxKind change, OutboxKind delete) {
        static final Remote GROUP_WELCOME = new Remote(OutboxKind.GROUP_WELCOME_ADD, OutboxKind.GROUP_WELCOME_EDIT,
                OutboxKind.GROUP_WELCOME_DEL);
        static final Remote JOIN_WAY = new Remote(OutboxKind.JOIN_WAY_ADD, OutboxKind.JOIN_WAY_UPDATE,
                OutboxKind.JOIN_WAY_DEL);
    }

    static PushHistory read(Database db, String contentId) {
        return new PushHistory(db.read(c -> Sql.query(c, "SELECT idempotency_key, version, kind"
                + " FROM content_remote_pushes WHERE content_id = ? ORDER BY rowid",
                rs -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3)), contentId)));
    }

    /** How many times this object was deleted: the number of the generation an add would start now. */
    int generation(Remote o) {
        return (int) rows.stream().filter(r -> r.is(o.delete())).count();
    }

    /** The add of the object that exists (or is on its way) in WeCom now, if any. */
    Optional<Row> currentAdd(Remote o) {
        return current(o).stream().filter(r -> r.is(o.add())).findFirst();
    }

    /** The newest add or change of the current generation: what WeCom holds once the outbox is through. */
    Optional<Row> lastWrite(Remote o) {
        List<Row> current = current(o);
        return current.isEmpty() ? Optional.empty() : Optional.of(current.get(current.size() - 1));
    }

    private List<Row> current(Remote o) {
        int lastDelete = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).is(o.delete())) {
                lastDelete = i;
            }
        }
        return rows.subList(lastDelete + 1, rows.size()).stream()
                .filter(r -> r.is(o.add()) || r.is(o.change())).toList();
    }
}
