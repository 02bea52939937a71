package com.siyu.workbench.queue;

import com.siyu.workbench.content.ContactVariables;
import com.siyu.workbench.content.TemplateVariables;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fills a task's approved content with the contact's values ({@link TemplateVariables}), taken from the content
 * feature's {@link ContactVariables} so the task card says exactly what the content preview showed (客户称呼 from a
 * remark that reads as a salutation, 客户昵称, 导购姓名, 门店, 意向商品), plus 群名 from the invite's target group.
 * Missing values take the catalogue's fallback.
 */
public final class MessageRenderer {
    private static final String INTENT_GROUP = "意向商品";

    private final Database db;
    private final ApprovedContentSource content;
    /** Approved versions never change, so a version read once is good for the session. */
    private final Map<String, Optional<ApprovedContent>> versions = new ConcurrentHashMap<>();
    private final ContactVariables variables;

    public MessageRenderer(Database db, ApprovedContentSource content) {
        this.db = db;
        this.content = content;
        this.variables = new ContactVariables(db);
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
        Map<String, String> values = new HashMap<>(variables.valuesFor(card.contactId(), card.memberUserid()));
        if (approved.targetChatId() != null) {
            db.read(c -> Sql.queryOne(c, "SELECT name FROM customer_groups WHERE chat_id = ?", rs -> rs.getString(1),
                    approved.targetChatId())).ifPresent(name -> values.put(TemplateVariables.GROUP_NAME, name));
        }
        return values;
    }

}
