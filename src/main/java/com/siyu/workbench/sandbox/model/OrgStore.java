package com.siyu.workbench.sandbox.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Departments and members. They do not change after generation. */
public final class OrgStore {
    private final Map<Integer, Department> departments = new LinkedHashMap<>();
    private final Map<String, Member> members = new LinkedHashMap<>();

    public OrgStore(List<Department> departments, List<Member> members) {
        departments.forEach(d -> this.departments.put(d.id(), d));
        members.forEach(m -> this.members.put(m.userid(), m));
    }

    public List<Department> departments() {
        return List.copyOf(departments.values());
    }

    public Optional<Department> department(int id) {
        return Optional.ofNullable(departments.get(id));
    }

    /** The department and all its descendants, parents first. */
    public List<Department> subtree(int id) {
        List<Department> result = new ArrayList<>();
        Department root = departments.get(id);
        if (root == null) {
            return result;
        }
        result.add(root);
        for (int i = 0; i < result.size(); i++) {
            int parent = result.get(i).id();
            departments.values().stream().filter(d -> d.parentId() == parent).forEach(result::add);
        }
        return result;
    }

    public List<Member> members() {
        return List.copyOf(members.values());
    }

    public Optional<Member> member(String userid) {
        return Optional.ofNullable(members.get(userid));
    }

    /** Members with 客户联系 enabled (get_follow_user_list). */
    public List<Member> followUsers() {
        return members.values().stream().filter(Member::customerContact).toList();
    }

    public List<Member> membersIn(List<Integer> departmentIds) {
        return members.values().stream().filter(m -> m.department().stream().anyMatch(departmentIds::contains))
                .toList();
    }
}
