package com.siyu.workbench.content;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The values of {@link TemplateVariables} for one contact of one member, from the local copy: the preview, and the
 * queue's task card, render with these. A value that is missing stays out of the map, so the variable's fallback
 * applies ({客户称呼} → 您).
 */
public final class ContactVariables {
    /** A remark like "李姐" is a salutation; "李四-138…" or "VIP 王总 2024" is an internal note, not one. */
    private static final Pattern SALUTATION = Pattern.compile("[\\p{IsHan}A-Za-z·]{1,6}");

    private final Database db;

    public ContactVariables(Database db) {
        this.db = db;
    }

    /** A contact to preview with: who, and which member follows them. */
    public record PreviewContact(String externalUserid, String name, String memberUserid, String memberName) {
    }

    public Map<String, String> valuesFor(String externalUserid, String memberUserid) {
        Map<String, String> values = new HashMap<>();
        db.read(c -> Sql.queryOne(c, "SELECT ct.name AS nickname, f.remark, m.name AS member_name, d.name AS store"
                + " FROM contacts ct LEFT JOIN follows f ON f.external_userid = ct.external_userid AND f.userid = ?"
                + " LEFT JOIN members m ON m.userid = ? LEFT JOIN departments d ON d.id = m.main_department"
                + " WHERE ct.external_userid = ?", rs -> {
                    put(values, TemplateVariables.CUSTOMER_NICKNAME, rs.getString("nickname"));
                    put(values, TemplateVariables.CUSTOMER_SALUTATION, salutation(rs.getString("remark")));
                    put(values, TemplateVariables.GUIDE_NAME, rs.getString("member_name"));
                    put(values, TemplateVariables.STORE, rs.getString("store"));
                    return Boolean.TRUE;
                }, memberUserid, memberUserid, externalUserid));
        db.read(c -> Sql.queryOne(c, "SELECT t.name FROM follow_tags ft JOIN tags t ON t.tag_id = ft.tag_id"
                        + " JOIN tag_groups g ON g.group_id = t.group_id"
                        + " WHERE ft.external_userid = ? AND ft.userid = ? AND g.name = '意向商品' AND t.deleted = 0"
                        + " ORDER BY t.sort_order LIMIT 1", rs -> rs.getString(1), externalUserid, memberUserid))
                .ifPresent(product -> put(values, TemplateVariables.INTENDED_PRODUCT, product));
        return values;
    }

    /** Values for a member without a contact (a sample customer): only the member's own name and store. */
    public Map<String, String> memberValues(String memberUserid) {
        Map<String, String> values = new HashMap<>();
        db.read(c -> Sql.queryOne(c, "SELECT m.name, d.name AS store FROM members m"
                + " LEFT JOIN departments d ON d.id = m.main_department WHERE m.userid = ?", rs -> {
                    put(values, TemplateVariables.GUIDE_NAME, rs.getString("name"));
                    put(values, TemplateVariables.STORE, rs.getString("store"));
                    return Boolean.TRUE;
                }, memberUserid));
        return values;
    }

    /** Contacts to preview with, newest first: a member's own when {@code memberUserid} is given, else anyone's. */
    public List<PreviewContact> previewContacts(String memberUserid, int limit) {
        String where = memberUserid == null ? "" : " AND f.userid = ?";
        Object[] params = memberUserid == null ? new Object[0] : new Object[] {memberUserid};
        return db.read(c -> Sql.query(c, "SELECT ct.external_userid, ct.name, f.userid, m.name AS member_name"
                        + " FROM follows f JOIN contacts ct ON ct.external_userid = f.external_userid"
                        + " LEFT JOIN members m ON m.userid = f.userid WHERE f.status = 'ACTIVE'" + where
                        + " ORDER BY f.added_at DESC LIMIT " + Math.max(1, limit),
                rs -> new PreviewContact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                params));
    }

    /** A customer group an invite template can target. */
    public record GroupChoice(String chatId, String name) {
    }

    /** Active customer groups from the local copy, by name. */
    public List<GroupChoice> customerGroups() {
        return db.read(c -> Sql.query(c, "SELECT chat_id, COALESCE(name, chat_id) FROM customer_groups"
                + " WHERE status = 0 ORDER BY name, chat_id", rs -> new GroupChoice(rs.getString(1), rs.getString(2))));
    }

    static String salutation(String remark) {
        if (remark == null) {
            return null;
        }
        String r = remark.strip();
        return SALUTATION.matcher(r).matches() ? r : null;
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value.strip());
        }
    }
}
