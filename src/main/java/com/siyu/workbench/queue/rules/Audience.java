package com.siyu.workbench.queue.rules;

import java.util.List;

/**
 * Which of a member's contacts a rule applies to. Empty lists do not filter. Tag lists hold corp tag ids;
 * {@code stages} are names of tags in the group 客户阶段 (any of them: the contract's "stage"); {@code states} are
 * channel codes
 * ({@code follows.state}); {@code members}/{@code departments} limit which members' queues the rule feeds;
 * {@code savedFilterId} names a saved contact filter resolved by an {@link AudienceResolver}.
 */
public record Audience(List<String> tagsAll, List<String> tagsAny, List<String> tagsNone, List<String> states,
                       List<String> stages, List<String> members, List<Integer> departments,
                       String savedFilterId) {
    public Audience {
        tagsAll = copy(tagsAll);
        tagsAny = copy(tagsAny);
        tagsNone = copy(tagsNone);
        states = copy(states);
        stages = copy(stages);
        members = copy(members);
        departments = copy(departments);
        savedFilterId = savedFilterId == null || savedFilterId.isBlank() ? null : savedFilterId;
    }

    public static Audience everyone() {
        return new Audience(null, null, null, null, null, null, null, null);
    }

    public Audience withTagsAll(List<String> ids) {
        return new Audience(ids, tagsAny, tagsNone, states, stages, members, departments, savedFilterId);
    }

    public Audience withTagsAny(List<String> ids) {
        return new Audience(tagsAll, ids, tagsNone, states, stages, members, departments, savedFilterId);
    }

    public Audience withTagsNone(List<String> ids) {
        return new Audience(tagsAll, tagsAny, ids, states, stages, members, departments, savedFilterId);
    }

    public Audience withStates(List<String> codes) {
        return new Audience(tagsAll, tagsAny, tagsNone, codes, stages, members, departments, savedFilterId);
    }

    public Audience withStages(List<String> ids) {
        return new Audience(tagsAll, tagsAny, tagsNone, states, ids, members, departments, savedFilterId);
    }

    public Audience withMembers(List<String> userids) {
        return new Audience(tagsAll, tagsAny, tagsNone, states, stages, userids, departments, savedFilterId);
    }

    public Audience withDepartments(List<Integer> ids) {
        return new Audience(tagsAll, tagsAny, tagsNone, states, stages, members, ids, savedFilterId);
    }

    public Audience withSavedFilter(String id) {
        return new Audience(tagsAll, tagsAny, tagsNone, states, stages, members, departments, id);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
