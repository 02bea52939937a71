package com.siyu.workbench.queue;

import com.siyu.workbench.content.TemplateVariables;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fills a task's approved content with the contact's values ({@link TemplateVariables}): 客户称呼 is the remark the
 * guide gave the customer, 客户昵称 their WeChat name, 导购姓名 and 门店 the member and their store, 意向商品 the
 * contact's tag in group 意向商品, 群名 the invite's target group. Blank values take the catalogue's fallback.
 */
public final class MessageRenderer {
    private static final String INTENT_GROUP = "意向商品";

    private final Database db;
    private final ApprovedContentSource content;
    /** Approved versions never change, so a version read once is good for the session. */
    private final Map<String, Optional<ApprovedContent>> versions = new ConcurrentHashMap<>();
    private final Map<String, String[]> members = new ConcurrentHashMap<>();

    public MessageRenderer(Database db, ApprovedContentSource content) {
        this.db = db;
        this.content = content;
    }

    public Optional<RenderedMessage> render(TaskCard card) {
        if (card.contentId() == null || card.contentVersion() == null) {
            return Optional.empty();
        }
        Optional<ApprovedContent> item = versions.computeIfAbsent(card.contentId() + "@" + card.contentVersion(),
                k -> content.version(card.contentId(), card.contentVersion()));
        if (item.isEmpty()) {
            return Optional.empty();
        }
        ApprovedContent approved = item.get();
        int stepNo = card.stepNo() == null ? 1 : card.stepNo();
        return approved.step(stepNo).map(step -> new RenderedMessage(approved.name(), approved.version(),
                TemplateVariables.render(step.text(), values(card, approved)), step.attachmentsJson()));
    }

    Map<String, String> values(TaskCard card, ApprovedContent approved) {
        Map<String, String> values = new HashMap<>();
        values.put(TemplateVariables.CUSTOMER_SALUTATION, card.remark());
        values.put(TemplateVariables.CUSTOMER_NICKNAME, card.contactName());
        String[] member = members.computeIfAbsent(card.memberUserid(), this::member);
        values.put(TemplateVariables.GUIDE_NAME, member[0]);
        values.put(TemplateVariables.STORE, member[1]);
        card.tags().stream().filter(t -> INTENT_GROUP.equals(t.group())).findFirst()
                .ifPresent(t -> values.put(TemplateVariables.INTENDED_PRODUCT, t.name()));
        if (approved.targetChatId() != null) {
            values.put(TemplateVariables.GROUP_NAME, db.read(c -> Sql.queryOne(c,
                    "SELECT name FROM customer_groups WHERE chat_id = ?", rs -> rs.getString(1),
                    approved.targetChatId())).orElse(null));
        }
        return values;
    }

    private String[] member(String userid) {
        return db.read(c -> Sql.queryOne(c, "SELECT m.name, d.name FROM members m"
                        + " LEFT JOIN departments d ON d.id = m.main_department WHERE m.userid = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, userid)).orElse(new String[] {null, null});
    }
}
