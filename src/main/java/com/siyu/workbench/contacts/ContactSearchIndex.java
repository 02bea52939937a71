package com.siyu.workbench.contacts;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Keeps the search documents current. Triggers (V10) only mark customers dirty; {@link #refresh()} rebuilds the
 * documents of every dirty customer in one set-wise pass inside one write transaction. Searches call it first, so a
 * search never sees a stale index; sync may call it after each page to spread the cost.
 */
public final class ContactSearchIndex {
    private static final String DIRTY = "SELECT external_userid FROM contact_search_dirty";
    private static final String COLUMNS = "names, remark, description, phones, tags, notes";

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

    /** The same, on a connection the caller already holds in a write transaction (e.g. sync's page transaction). */
    public static int refresh(Connection c) throws SQLException {
        // External-content FTS5 needs the old values to delete an entry, so drop index entries before the rows.
        Sql.update(c, "INSERT INTO contact_search (contact_search, rowid, " + COLUMNS + ")"
                + " SELECT 'delete', id, " + COLUMNS + " FROM contact_search_docs"
                + " WHERE external_userid IN (" + DIRTY + ")");
        Sql.update(c, "DELETE FROM contact_search_words WHERE rowid IN (SELECT id FROM contact_search_docs"
                + " WHERE external_userid IN (" + DIRTY + "))");
        Sql.update(c, "DELETE FROM contact_search_docs WHERE external_userid IN (" + DIRTY + ")");
        int rebuilt;
        try {
            rebuilt = Sql.update(c, INSERT_DOCS + " SELECT " + ORDERED_ID + ", " + DOC_VALUES);
        } catch (SQLException idTaken) {
            // Two follows added in the same millisecond whose rowids agree in the low 16 bits: place them one by one.
            rebuilt = insertOneByOne(c);
        }
        Sql.update(c, "INSERT INTO contact_search (rowid, " + COLUMNS + ") SELECT id, " + COLUMNS
                + " FROM contact_search_docs WHERE external_userid IN (" + DIRTY + ")");
        WordSuffixes.register(c);
        Sql.update(c, "INSERT INTO contact_search_words (rowid, words) SELECT id, " + WordSuffixes.NAME
                + "(names || ' ' || remark || ' ' || tags) || ' ' || description || ' ' || notes"
                + " FROM contact_search_docs WHERE external_userid IN (" + DIRTY + ")");
        Sql.update(c, "DELETE FROM contact_search_dirty");
        return rebuilt;
    }

    /** Orders documents by the follow's added time; the low bits keep ids unique within one millisecond. */
    private static final String ORDERED_ID = "(f.added_at << 16) | (f.rowid & 65535)";
    private static final String INSERT_DOCS = "INSERT INTO contact_search_docs (id, external_userid, userid, "
            + COLUMNS + ")";
    private static final String DOC_VALUES = "f.external_userid, f.userid,"
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

    private static int insertOneByOne(Connection c) throws SQLException {
        List<Object[]> follows = Sql.query(c, "SELECT " + ORDERED_ID + ", f.external_userid, f.userid"
                + " FROM contact_search_dirty x JOIN follows f ON f.external_userid = x.external_userid",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
        for (Object[] follow : follows) {
            long id = (Long) follow[0];
            while (Sql.queryLong(c, "SELECT COUNT(*) FROM contact_search_docs WHERE id = ?", id) > 0) {
                id++;
            }
            Sql.update(c, INSERT_DOCS + " SELECT ?, " + DOC_VALUES + " WHERE f.external_userid = ? AND f.userid = ?",
                    id, follow[1], follow[2]);
        }
        return follows.size();
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
        });
    }
}
