package com.siyu.workbench.members;

import java.util.List;
import java.util.Optional;

/** Members and departments as last synced from WeCom. */
public interface MemberRepository {
    List<Member> all();

    Optional<Member> find(String userid);

    List<Department> departments();

    /** Members whose departments include {@code departmentId} (the team of a store). */
    List<Member> inDepartment(int departmentId);

    /** Replaces the organisation with a fresh copy from WeCom, in one transaction. */
    void replaceAll(List<Department> departments, List<Member> members);
}
