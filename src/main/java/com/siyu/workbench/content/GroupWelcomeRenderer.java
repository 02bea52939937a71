package com.siyu.workbench.content;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns an invite template's group welcome text into what group_welcome_template takes: {客户昵称} becomes WeCom's
 * own {@code %NICKNAME%} (filled per joiner by WeCom), the group's name and its owner's name and store come from the
 * local copy, anything unknown takes its fallback.
 */
final class GroupWelcomeRenderer {
    static final String WECOM_NICKNAME = "%NICKNAME%";

    private final Database db;

    GroupWelcomeRenderer(Database db) {
        this.db = db;
    }

    String render(ContentBody body) {
        Map<String, String> values = new HashMap<>();
        values.put(TemplateVariables.CUSTOMER_NICKNAME, WECOM_NICKNAME);
        values.put(TemplateVariables.CUSTOMER_SALUTATION, WECOM_NICKNAME);
        if (body.targetChatId() != null) {
            db.read(c -> Sql.queryOne(c, "SELECT g.name AS group_name, m.name AS owner_name, d.name AS store"
                    + " FROM customer_groups g LEFT JOIN members m ON m.userid = g.owner"
                    + " LEFT JOIN departments d ON d.id = m.main_department WHERE g.chat_id = ?", rs -> {
                        putIfPresent(values, TemplateVariables.GROUP_NAME, rs.getString("group_name"));
                        putIfPresent(values, TemplateVariables.GUIDE_NAME, rs.getString("owner_name"));
                        putIfPresent(values, TemplateVariables.STORE, rs.getString("store"));
                        return Boolean.TRUE;
                    }, body.targetChatId()));
        }
        return TemplateVariables.render(body.groupWelcomeText(), values);
    }

    private static void putIfPresent(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }
}
