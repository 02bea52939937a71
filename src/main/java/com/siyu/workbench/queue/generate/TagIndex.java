package com.siyu.workbench.queue.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers tag ids so contacts' tag sets are small sorted int arrays, and knows each tag's name and group (for
 * stages and tag triggers named by group). One index per generation run.
 */
public final class TagIndex {
    /** The corp tag group whose tag is a contact's stage (cross-feature contract). */
    public static final String STAGE_GROUP = "客户阶段";

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();

    /** Registers a tag from the corp tag list. */
    public void define(String tagId, String name, String group) {
        int n = number(tagId);
        names.set(n, name);
        groups.set(n, group);
    }

    public int number(String tagId) {
        Integer n = numbers.get(tagId);
        if (n == null) {
            n = ids.size();
            numbers.put(tagId, n);
            ids.add(tagId);
            names.add(null);
            groups.add(null);
        }
        return n;
    }

    /** The number of a tag, or -1 when the tag is unknown (a filter on it then matches nobody). */
    public int find(String tagId) {
        Integer n = numbers.get(tagId);
        return n == null ? -1 : n;
    }

    public String id(int number) {
        return ids.get(number);
    }

    public String name(String tagId) {
        Integer n = numbers.get(tagId);
        return n == null ? null : names.get(n);
    }

    public String group(String tagId) {
        Integer n = numbers.get(tagId);
        return n == null ? null : groups.get(n);
    }

    /** Numbers of the tags with one of {@code tagNames} in group {@code group}. */
    public int[] named(String group, List<String> tagNames) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (group.equals(groups.get(i)) && tagNames.contains(names.get(i))) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }
}
