package com.siyu.workbench.contacts;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the search documents current. Triggers (V10) only mark customers dirty; {@link #refresh()} rebuilds the
 * documents of every dirty customer in one set-wise pass inside one write transaction. Searches call it first, so a
 * search never sees a stale index; sync may call it after a run.
 */
public final class ContactSearchIndex {
    private static final String DIRTY = "SELECT external_userid FROM contact_search_dirty";
    private static final String COLUMNS = "names, remark, description, phones, tags, notes";
    private static final String BATCH = "temp.contact_search_batch";
    /** Orders documents by the follow's added time; the low bits keep ids apart within one millisecond. */
    private static final String ORDERED_ID = "(f.added_at << 16) | (f.rowid & 65535)";
    private static final String DOC_TEXTS = "f.external_userid, f.userid,"
            + "   c.name || ' ' || coalesce(c.corp_name, ''),"
            + "   coalesce(f.remark, '') || ' ' || coalesce(f.remark_corp_name, ''),"
            + "   coalesce(f.description, ''),"
            + "   coalesce((SELECT group_concat(replace(replace(j.value, ' ', ''), '-', ''), ' ')"
            + "             FROM json_each(CASE WHEN json_valid(f.remark_mobiles) THEN f.remark_mobiles"
            + "                                 ELSE '[]' END) j), ''),"
            + "   coalesce((SELECT group_concat(t.name, ' ') FROM follow_tags ft"
            + "             JOIN tags t ON t.tag_id = ft.tag_id AND t.deleted = 0"
            + "             WHERE ft.external_userid = f.external_userid AND ft.userid = f.userid), ''),"
            + "   coalesce((SELECT group_concat(n.body, ' ') FROM contact_notes n"
            + "             WHERE n.external_userid = f.external_userid AND n.userid = f.userid), '')"
            + " FROM contact_search_dirty x"
            + " JOIN follows f ON f.external_userid = x.external_userid"
            + " JOIN contacts c ON c.external_userid = f.external_userid";

    private final Database db;

    public ContactSearchIndex(Database db) {
        this.db = db;
    }

    /** Customers whose documents are out of date. */
    public long pending() {
        return db.read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM contact_search_dirty"));
    }

    /** Rebuilds dirty documents if there are any; cheap (one indexed read) when the index is current. */
    public void refreshIfNeeded() {
        boolean dirty = db.read(c -> Sql.queryLong(c, "SELECT EXISTS (SELECT 1 FROM contact_search_dirty)") == 1);
        if (dirty) {
            refresh();
        }
    }

    /** Rebuilds the documents of every dirty customer; joins the caller's transaction when there is one. */
    public int refresh() {
        return db.inTransaction(ContactSearchIndex::refresh);
    }

    /**
     * The same, on a connection the caller holds in a write transaction. The new texts are computed once into a
     * temporary batch table, from which the id map and both indexes are filled; old entries leave the contentless
     * indexes by rowid, without their old text being read back.
     */
    public static int refresh(Connection c) throws SQLException {
        String oldIds = "SELECT id FROM contact_search_docs WHERE external_userid IN (" + DIRTY + ")";
        Sql.update(c, "DELETE FROM contact_search WHERE rowid IN (" + oldIds + ")");
        Sql.update(c, "DELETE FROM contact_search_words WHERE rowid IN (" + oldIds + ")");
        Sql.update(c, "DELETE FROM contact_search_docs WHERE external_userid IN (" + DIRTY + ")");
        Sql.update(c, "CREATE TEMP TABLE IF NOT EXISTS contact_search_batch (id INTEGER NOT NULL,"
                + " external_userid TEXT, userid TEXT, " + COLUMNS + ")");
        Sql.update(c, "DELETE FROM " + BATCH);
        int rebuilt = Sql.update(c, "INSERT INTO " + BATCH + " SELECT " + ORDERED_ID + ", " + DOC_TEXTS);
        separateCollidingIds(c);
        Sql.update(c, "INSERT INTO contact_search_docs (id, external_userid, userid)"
                + " SELECT id, external_userid, userid FROM " + BATCH);
        Sql.update(c, "INSERT INTO contact_search (rowid, " + COLUMNS + ") SELECT id, " + COLUMNS + " FROM " + BATCH);
        WordSuffixes.register(c);
        Sql.update(c, "INSERT INTO contact_search_words (rowid, words) SELECT id, " + WordSuffixes.NAME
                + "(names || ' ' || remark || ' ' || tags) || ' ' || description || ' ' || notes FROM " + BATCH);
        Sql.update(c, "DELETE FROM " + BATCH);
        Sql.update(c, "DELETE FROM contact_search_dirty");
        return rebuilt;
    }

    /**
     * Two follows added in the same millisecond whose rowids agree in the low 16 bits would share an id: move the
     * later ones to the next free id. Almost never needed; one cheap check when not.
     */
    private static void separateCollidingIds(Connection c) throws SQLException {
        long clashes = Sql.queryLong(c, "SELECT (SELECT COUNT(*) FROM (SELECT id FROM " + BATCH
                + " GROUP BY id HAVING COUNT(*) > 1)) + (SELECT COUNT(*) FROM " + BATCH
                + " b JOIN contact_search_docs d ON d.id = b.id)");
        if (clashes == 0) {
            return;
        }
        Set<Long> taken = new HashSet<>();
        List<long[]> rows = Sql.query(c, "SELECT rowid, id FROM " + BATCH + " ORDER BY id, rowid",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)});
        for (long[] row : rows) {
            long id = row[1];
            while (taken.contains(id) || Sql.queryLong(c, "SELECT COUNT(*) FROM contact_search_docs WHERE id = ?",
                    id) > 0) {
                id++;
            }
            taken.add(id);
            if (id != row[1]) {
                Sql.update(c, "UPDATE " + BATCH + " SET id = ? WHERE rowid = ?", id, row[0]);
            }
        }
    }

    /** Drops and rebuilds every document (repair, or after an initial load with triggers bypassed). */
    public void rebuildAll() {
        db.write(c -> {
            Sql.update(c, "DELETE FROM contact_search_dirty");
            Sql.update(c, "INSERT INTO contact_search_dirty SELECT external_userid FROM contacts");
            Sql.update(c, "DELETE FROM contact_search_docs");
            Sql.update(c, "INSERT INTO contact_search (contact_search) VALUES ('delete-all')");
            Sql.update(c, "INSERT INTO contact_search_words (contact_search_words) VALUES ('delete-all')");
            refresh(c);
            Sql.update(c, "INSERT INTO contact_search (contact_search) VALUES ('optimize')");
            Sql.update(c, "INSERT INTO contact_search_words (contact_search_words) VALUES ('optimize')");
        });
    }
}
