package com.siyu.workbench.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whom an actor may audit: the departments (id → name, in display order) and the reps in them.
 * {@code wholeOrganisation} for a lead who is also an admin.
 */
public record TeamScope(boolean wholeOrganisation, Map<Integer, String> departments, List<TeamMember> members) {
    public TeamScope {
        departments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(departments));
        members = List.copyOf(members);
    }

    public boolean includes(String userid) {
        return members.stream().anyMatch(m -> m.userid().equals(userid));
    }

    public Set<String> userids() {
        return members.stream().map(TeamMember::userid).collect(Collectors.toUnmodifiableSet());
    }

    /** The same scope narrowed to one department (its reps only). */
    public TeamScope onlyDepartment(int departmentId) {
        Map<Integer, String> one = new LinkedHashMap<>();
        one.put(departmentId, departments.get(departmentId));
        return new TeamScope(false, one, members.stream().filter(m -> m.departments().contains(departmentId)).toList());
    }
}
