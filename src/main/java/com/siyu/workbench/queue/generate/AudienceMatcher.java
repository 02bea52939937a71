package com.siyu.workbench.queue.generate;

import com.siyu.workbench.queue.rules.Audience;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An {@link Audience} compiled against one member's facts: tag ids become tag numbers once, so matching a contact
 * is a few binary searches. A required tag no contact carries makes the audience empty.
 */
final class AudienceMatcher {
    private final boolean forThisMember;
    private final boolean impossible;
    private final int[] all;
    private final int[] any;
    private final int[] none;
    private final int[] stages;
    private final boolean anyRequired;
    private final boolean stageRequired;
    private final Set<String> states;
    private final Set<String> savedView;

    AudienceMatcher(Audience audience, MemberFacts facts) {
        TagIndex tags = facts.tags();
        this.forThisMember = appliesTo(audience, facts);
        int[] allNumbers = numbers(audience.tagsAll(), tags);
        this.impossible = allNumbers.length < audience.tagsAll().size();
        this.all = allNumbers;
        this.any = numbers(audience.tagsAny(), tags);
        this.anyRequired = !audience.tagsAny().isEmpty();
        this.none = numbers(audience.tagsNone(), tags);
        this.stages = tags.named(TagIndex.STAGE_GROUP, audience.stages());
        this.stageRequired = !audience.stages().isEmpty();
        this.states = audience.states().isEmpty() ? null : new HashSet<>(audience.states());
        this.savedView = audience.savedFilterId() == null ? null
                : facts.savedViews().getOrDefault(audience.savedFilterId(), Set.of());
    }

    private static boolean appliesTo(Audience audience, MemberFacts facts) {
        if (!audience.members().isEmpty() && !audience.members().contains(facts.userid())) {
            return false;
        }
        return audience.departments().isEmpty()
                || audience.departments().stream().anyMatch(facts.departments()::contains);
    }

    /** Whether the rule can produce anything in this member's queue at all. */
    boolean forThisMember() {
        return forThisMember && !impossible;
    }

    boolean matches(ContactFacts c) {
        for (int tag : all) {
            if (!c.hasTag(tag)) {
                return false;
            }
        }
        if (anyRequired && !hasAny(c, any)) {
            return false;
        }
        if (stageRequired && !hasAny(c, stages)) {
            return false;
        }
        for (int tag : none) {
            if (c.hasTag(tag)) {
                return false;
            }
        }
        if (states != null && (c.state() == null || !states.contains(c.state()))) {
            return false;
        }
        return savedView == null || savedView.contains(c.externalUserid());
    }

    private static boolean hasAny(ContactFacts c, int[] tags) {
        for (int tag : tags) {
            if (c.hasTag(tag)) {
                return true;
            }
        }
        return false;
    }

    private static int[] numbers(List<String> ids, TagIndex tags) {
        List<Integer> known = new ArrayList<>();
        for (String id : ids) {
            int n = tags.find(id);
            if (n >= 0) {
                known.add(n);
            }
        }
        return known.stream().mapToInt(Integer::intValue).toArray();
    }
}
