package com.siyu.workbench.queue.rules;

import java.util.Objects;

/**
 * @param days      N for the "N days since…" triggers; for {@link TriggerType#DATE_FIELD} the days before the date
 * @param tagId     the corp tag for the tag triggers, or null to name it by group (and name)
 * @param tagGroup  for the tag triggers without an id: any tag of this group (e.g. 意向商品)…
 * @param tagName   …or the tag of this name in that group (e.g. 客户阶段 / 高意向). Names let the default rules work
 *                  before the first sync has brought any tag ids.
 * @param dateField the date for {@link TriggerType#DATE_FIELD}: {@code BIRTHDAY} or {@code ANNIVERSARY}
 */
public record Trigger(TriggerType type, int days, String tagId, String tagGroup, String tagName, String dateField) {
    public static final String BIRTHDAY = "BIRTHDAY";
    public static final String ANNIVERSARY = "ANNIVERSARY";

    public Trigger {
        Objects.requireNonNull(type, "type");
        tagId = blankToNull(tagId);
        tagGroup = blankToNull(tagGroup);
        tagName = blankToNull(tagName);
        dateField = blankToNull(dateField);
    }

    public static Trigger of(TriggerType type) {
        return new Trigger(type, 0, null, null, null, null);
    }

    public static Trigger days(TriggerType type, int days) {
        return new Trigger(type, days, null, null, null, null);
    }

    public static Trigger tag(TriggerType type, String tagId) {
        return new Trigger(type, 0, tagId, null, null, null);
    }

    public static Trigger tagInGroup(TriggerType type, String group, String name) {
        return new Trigger(type, 0, null, group, name, null);
    }

    public static Trigger date(String field, int daysBefore) {
        return new Trigger(TriggerType.DATE_FIELD, daysBefore, null, null, null, field);
    }

    /** Whether a tag (by id, name and group name) is the one this tag trigger watches. */
    public boolean watches(String id, String name, String group) {
        if (tagId != null) {
            return tagId.equals(id);
        }
        return tagGroup != null && tagGroup.equals(group) && (tagName == null || tagName.equals(name));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
