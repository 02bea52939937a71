package com.siyu.workbench.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.sync.FollowRows.ContactRow;
import com.siyu.workbench.sync.FollowRows.FollowRow;
import com.siyu.workbench.wecom.dto.ContactWithFollow;
import com.siyu.workbench.wecom.dto.ExternalContact;
import com.siyu.workbench.wecom.dto.FollowInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a page of (customer, member) relations read from WeCom into contacts / follows / follow_tags, applying
 * the per-field conflict rules (docs/decisions/sync-conflict-rules.md):
 * <ul>
 *   <li>profile fields (name, avatar, unionid, corp…): WeCom wins;</li>
 *   <li>tags: WeCom's tags with the unsent local tag changes applied on top — a pending add stays, a pending
 *       remove is not undone;</li>
 *   <li>remark, description, remark_company, remark_mobiles: an unsent local edit wins until it is sent, then
 *       WeCom's value;</li>
 *   <li>local notes ({@code contact_notes}) are never touched, and rows are updated in place (never
 *       delete-and-insert, which would cascade to the notes).</li>
 * </ul>
 * Each relation is compared with what is stored and written only when it differs, so re-reading an unchanged
 * customer costs a read, not a write.
 */
final class FollowWriter {
    private static final ObjectMapper JSON = Json.newMapper();

    private static final String UPSERT_CONTACT = "INSERT INTO contacts (external_userid, name, type, gender, avatar,"
            + " unionid, corp_name, corp_full_name, position, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (external_userid) DO UPDATE SET name = excluded.name, type = excluded.type,"
            + " gender = excluded.gender, avatar = excluded.avatar, unionid = excluded.unionid,"
            + " corp_name = excluded.corp_name, corp_full_name = excluded.corp_full_name,"
            + " position = excluded.position, updated_at = excluded.updated_at";
    private static final String UPSERT_FOLLOW = "INSERT INTO follows (external_userid, userid, remark, description,"
            + " remark_corp_name, remark_mobiles, added_at, add_way, state, oper_userid, status, lost_at, synced_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', NULL, ?)"
            + " ON CONFLICT (external_userid, userid) DO UPDATE SET remark = excluded.remark,"
            + " description = excluded.description, remark_corp_name = excluded.remark_corp_name,"
            + " remark_mobiles = excluded.remark_mobiles, added_at = excluded.added_at, add_way = excluded.add_way,"
            + " state = excluded.state, oper_userid = excluded.oper_userid, status = 'ACTIVE', lost_at = NULL,"
            + " synced_at = excluded.synced_at";

    private FollowWriter() {
    }

    static PageCounts write(Connection c, List<ContactWithFollow> page, Instant now) throws SQLException {
        return write(c, page, now, false);
    }

    /**
     * @param intoEmptyCopy the run started with no relation stored (a first sync): nothing can be compared, so
     *                      the per-page reads of stored rows are skipped and every relation is staged as new
     *                      ({@link FirstLoad})
     */
    static PageCounts write(Connection c, List<ContactWithFollow> page, Instant now, boolean intoEmptyCopy)
            throws SQLException {
        Map<String, ContactWithFollow> relations = new LinkedHashMap<>();
        for (ContactWithFollow pair : page) {
            if (pair.externalContact() != null && pair.followInfo() != null
                    && pair.externalContact().externalUserid() != null && pair.followInfo().userid() != null) {
                relations.put(FollowRows.key(pair.externalContact().externalUserid(), pair.followInfo().userid()),
                        pair);
            }
        }
        if (relations.isEmpty()) {
            return PageCounts.NONE;
        }
        Set<String> externalUserids = new LinkedHashSet<>();
        relations.values().forEach(p -> externalUserids.add(p.externalContact().externalUserid()));
        Map<String, ContactRow> storedContacts = intoEmptyCopy ? Map.of() : FollowRows.contacts(c, externalUserids);
        Map<String, FollowRow> storedFollows = intoEmptyCopy ? Map.of() : FollowRows.follows(c, externalUserids);
        UnsentEdits unsent = UnsentEdits.read(c, externalUserids);

        List<Object[]> contactRows = new ArrayList<>();
        Map<String, Boolean> contactChanged = new HashMap<>();
        List<Object[]> followRows = new ArrayList<>();
        List<Object[]> tagDeletes = new ArrayList<>();
        List<Object[]> tagInserts = new ArrayList<>();
        int added = 0;
        int updated = 0;
        for (ContactWithFollow pair : relations.values()) {
            ExternalContact contact = pair.externalContact();
            String ext = contact.externalUserid();
            boolean profileChanged = contactChanged.computeIfAbsent(ext, id -> {
                ContactRow wanted = contactRow(contact);
                if (wanted.equals(storedContacts.get(id))) {
                    return false;
                }
                contactRows.add(new Object[] {id, wanted.name(), wanted.type(), wanted.gender(), wanted.avatar(),
                        wanted.unionid(), wanted.corpName(), wanted.corpFullName(), wanted.position(), now});
                return true;
            });
            FollowInfo remote = pair.followInfo();
            String userid = remote.userid();
            FollowRow stored = storedFollows.get(FollowRows.key(ext, userid));
            FollowRow wanted = followRow(remote, unsent.of(ext, userid).orElse(null), stored, now);
            boolean isNew = stored == null || !"ACTIVE".equals(stored.status());
            boolean followChanged = isNew || !sameFields(stored, wanted);
            if (followChanged) {
                followRows.add(new Object[] {ext, userid, wanted.remark(), wanted.description(),
                        wanted.remarkCorpName(), wanted.remarkMobiles(), wanted.addedAt(), wanted.addWay(),
                        wanted.state(), wanted.operUserid(), now});
            }
            Set<String> storedTags = stored == null ? Set.of() : stored.tags();
            if (!storedTags.equals(wanted.tags())) {
                storedTags.stream().filter(t -> !wanted.tags().contains(t))
                        .forEach(t -> tagDeletes.add(new Object[] {ext, userid, t}));
                wanted.tags().stream().filter(t -> !storedTags.contains(t))
                        .forEach(t -> tagInserts.add(new Object[] {ext, userid, t}));
                followChanged = true;
            }
            if (isNew) {
                added++;
            } else if (followChanged || profileChanged) {
                updated++;
            }
        }
        if (intoEmptyCopy) { // staged, moved sorted by FirstLoad once every page is in
            Sql.batch(c, FirstLoad.INSERT_CONTACT, contactRows);
            Sql.batch(c, FirstLoad.INSERT_FOLLOW, followRows);
            Sql.batch(c, FirstLoad.INSERT_TAG, tagInserts);
            return new PageCounts(added, updated, 0);
        }
        Sql.batch(c, UPSERT_CONTACT, contactRows);
        Sql.batch(c, UPSERT_FOLLOW, followRows);
        Sql.batch(c, "DELETE FROM follow_tags WHERE external_userid = ? AND userid = ? AND tag_id = ?", tagDeletes);
        Sql.batch(c, "INSERT OR IGNORE INTO follow_tags (external_userid, userid, tag_id) VALUES (?, ?, ?)",
                tagInserts);
        return new PageCounts(added, updated, 0);
    }

    private static ContactRow contactRow(ExternalContact c) {
        return new ContactRow(c.name() == null ? "" : c.name(), c.type(), c.gender(), c.avatar(), c.unionid(),
                c.corpName(), c.corpFullName(), c.position());
    }

    private static FollowRow followRow(FollowInfo remote, UnsentEdits.Edits edits, FollowRow stored, Instant now) {
        String remark = remote.remark();
        String description = remote.description();
        String corpName = remote.remarkCorpName();
        List<String> mobiles = remote.remarkMobiles();
        Set<String> tags = new TreeSet<>(remote.allTagIds());
        if (edits != null) {
            remark = edits.remark != null ? edits.remark : remark;
            description = edits.description != null ? edits.description : description;
            corpName = edits.remarkCorpName != null ? edits.remarkCorpName : corpName;
            mobiles = edits.remarkMobiles != null ? edits.remarkMobiles : mobiles;
            tags = new TreeSet<>(edits.applyTo(tags));
        }
        long addedAt = remote.createtime() != null ? remote.createtime() * 1000
                : stored != null ? stored.addedAt() : now.toEpochMilli();
        return new FollowRow(remark, description, corpName, mobilesJson(mobiles), addedAt, remote.addWay(),
                remote.state(), remote.operUserid(), tags, "ACTIVE");
    }

    /** remark_mobiles as a JSON array, or null when there are none. */
    static String mobilesJson(List<String> mobiles) {
        if (mobiles == null || mobiles.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(mobiles);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sameFields(FollowRow a, FollowRow b) {
        return Objects.equals(a.remark(), b.remark()) && Objects.equals(a.description(), b.description())
                && Objects.equals(a.remarkCorpName(), b.remarkCorpName())
                && Objects.equals(a.remarkMobiles(), b.remarkMobiles()) && a.addedAt() == b.addedAt()
                && Objects.equals(a.addWay(), b.addWay()) && Objects.equals(a.state(), b.state())
                && Objects.equals(a.operUserid(), b.operUserid());
    }
}
