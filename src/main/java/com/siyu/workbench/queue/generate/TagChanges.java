package com.siyu.workbench.queue.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares each contact's tags now with what generation last saw ({@code queue_tag_seen}) and yields the tag
 * events to record and the snapshot rows to write. With {@code baseline} (the member's first generation) every
 * difference only updates the snapshot: tags a contact had before the workbench looked are not "added today".
 */
public final class TagChanges {
    /** A tag change to record in {@code queue_tag_events}. */
    public record Event(String externalUserid, TagEvent event) {
    }

    private final List<Event> events = new ArrayList<>();
    private final List<String[]> upserts = new ArrayList<>();
    private final List<String> deletes = new ArrayList<>();

    public static TagChanges detect(Map<String, String> now, Map<String, String> seen, int day, boolean baseline) {
        TagChanges changes = new TagChanges();
        for (Map.Entry<String, String> entry : now.entrySet()) {
            String contact = entry.getKey();
            String before = seen.get(contact);
            if (entry.getValue().equals(before)) {
                continue;
            }
            changes.upserts.add(new String[] {contact, entry.getValue()});
            if (!baseline && before != null) {
                changes.diff(contact, split(before), split(entry.getValue()), day);
            }
        }
        for (String contact : seen.keySet()) {
            if (!now.containsKey(contact)) {
                changes.deletes.add(contact);
            }
        }
        return changes;
    }

    private void diff(String contact, Set<String> before, Set<String> after, int day) {
        for (String tag : after) {
            if (!before.contains(tag)) {
                events.add(new Event(contact, new TagEvent(tag, true, day)));
            }
        }
        for (String tag : before) {
            if (!after.contains(tag)) {
                events.add(new Event(contact, new TagEvent(tag, false, day)));
            }
        }
    }

    private static Set<String> split(String key) {
        return key.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(key.split(",")));
    }

    public List<Event> events() {
        return events;
    }

    /** Rows {external_userid, tag_ids} for {@code queue_tag_seen}. */
    public List<String[]> upserts() {
        return upserts;
    }

    /** Contacts the member no longer follows: their snapshot rows go. */
    public List<String> deletes() {
        return deletes;
    }
}
