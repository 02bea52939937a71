package com.siyu.workbench.sync;

import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The staging of a first full sync (V51): pages are appended to {@code sync_load_*} while nothing is stored yet and
 * moved into the local copy, sorted by primary key, once every chain is read. Sorted, the inserts into the contacts /
 * follows / follow_tags b-trees (and the search-index marks their triggers write) are appends instead of random
 * writes all over the file: measured, the same 108 000 relations go in about three times faster.
 *
 * <p>Invariant: staged rows exist only while {@code follows} is empty. The move fills follows and empties the staging
 * in one transaction, and a new plan starts by discarding whatever an abandoned run staged.
 */
final class FirstLoad {
    static final String INSERT_CONTACT = "INSERT INTO sync_load_contacts (external_userid, name, type, gender,"
            + " avatar, unionid, corp_name, corp_full_name, position, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_FOLLOW = "INSERT INTO sync_load_follows (external_userid, userid, remark,"
            + " description, remark_corp_name, remark_mobiles, added_at, add_way, state, oper_userid, synced_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_TAG = "INSERT INTO sync_load_follow_tags (external_userid, userid, tag_id)"
            + " VALUES (?, ?, ?)";

    private FirstLoad() {
    }

    /** Discards rows staged by a run that never finished (a new plan reads everything again). */
    static void discard(Connection c) throws SQLException {
        Sql.update(c, "DELETE FROM sync_load_follow_tags");
        Sql.update(c, "DELETE FROM sync_load_follows");
        Sql.update(c, "DELETE FROM sync_load_contacts");
    }

    /**
     * Moves the staged rows into the local copy, each table in primary-key order; the newest staged row wins where a
     * customer arrived more than once (one per member who follows them). Returns the relations moved.
     */
    static long move(Connection c) throws SQLException {
        if (Sql.queryLong(c, "SELECT EXISTS (SELECT 1 FROM sync_load_follows)") == 0) {
            Sql.update(c, "DELETE FROM sync_load_contacts");
            return 0;
        }
        // bare columns with MAX(rowid): SQLite takes them from the row holding the maximum, i.e. the newest
        Sql.update(c, "INSERT INTO contacts (external_userid, name, type, gender, avatar, unionid, corp_name,"
                + " corp_full_name, position, updated_at)"
                + " SELECT external_userid, name, type, gender, avatar, unionid, corp_name, corp_full_name, position,"
                + " updated_at FROM (SELECT *, MAX(rowid) FROM sync_load_contacts GROUP BY external_userid)"
                + " WHERE true ORDER BY external_userid"
                + " ON CONFLICT (external_userid) DO UPDATE SET name = excluded.name, type = excluded.type,"
                + " gender = excluded.gender, avatar = excluded.avatar, unionid = excluded.unionid,"
                + " corp_name = excluded.corp_name, corp_full_name = excluded.corp_full_name,"
                + " position = excluded.position, updated_at = excluded.updated_at");
        long moved = Sql.update(c, "INSERT INTO follows (external_userid, userid, remark, description,"
                + " remark_corp_name, remark_mobiles, added_at, add_way, state, oper_userid, status, lost_at, synced_at)"
                + " SELECT external_userid, userid, remark, description, remark_corp_name, remark_mobiles, added_at,"
                + " add_way, state, oper_userid, 'ACTIVE', NULL, synced_at"
                + " FROM (SELECT *, MAX(rowid) FROM sync_load_follows GROUP BY external_userid, userid)"
                + " ORDER BY external_userid, userid");
        Sql.update(c, "INSERT OR IGNORE INTO follow_tags (external_userid, userid, tag_id)"
                + " SELECT external_userid, userid, tag_id FROM sync_load_follow_tags"
                + " ORDER BY external_userid, userid, tag_id");
        discard(c);
        return moved;
    }
}
