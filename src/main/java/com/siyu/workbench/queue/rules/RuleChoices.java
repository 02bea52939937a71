package com.siyu.workbench.queue.rules;

import java.util.List;

/**
 * What the rule editor offers, read from the local copy: corp tags (value = tag id, label = "group / name"), tag
 * groups (for "any tag of a group" triggers), stage names (tags of 客户阶段), channels, members, departments and
 * content items (value = content id; the label says when it is not approved yet); members with contacts, most
 * contacts first, for the preview; the contact filters members saved in 客户 (value = filter id, label = "name ·
 * owner"), which a rule can take as its audience.
 */
public record RuleChoices(List<Choice> tags, List<Choice> tagGroups, List<Choice> stages, List<Choice> channels,
                          List<Choice> members, List<Choice> departments, List<ContentOption> contents,
                          List<Choice> membersWithContacts, List<Choice> savedFilters) {
    /** A content item with its type, so the editor offers scripts for scripts and invites for invites. */
    public record ContentOption(String id, String type, String name, boolean approved) {
    }
}
