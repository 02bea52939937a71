package com.siyu.workbench.sync;

import com.siyu.workbench.members.DefaultRoles;
import com.siyu.workbench.members.Department;
import com.siyu.workbench.members.Member;
import com.siyu.workbench.members.MemberRepository;
import com.siyu.workbench.members.RoleRepository;
import com.siyu.workbench.wecom.WeComApi;
import com.siyu.workbench.wecom.dto.WeComDepartment;
import com.siyu.workbench.wecom.dto.WeComUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Departments and members (department/list, user/list from each root with fetch_child, get_follow_user_list), every
 * run: three calls. Written only when something differs; then members without roles get the default guess so a
 * fresh install is usable at once (an admin's choices are never overridden).
 */
final class OrgStep implements PullStep {
    private final WeComApi api;
    private final MemberRepository members;
    private final RoleRepository roles;

    OrgStep(WeComApi api, MemberRepository members, RoleRepository roles) {
        this.api = api;
        this.members = members;
        this.roles = roles;
    }

    @Override
    public String name() {
        return "org";
    }

    @Override
    public boolean due(SyncRequest request, Instant lastCompleted, Instant now) {
        return true;
    }

    @Override
    public void run(StepContext context) {
        List<WeComDepartment> remoteDepartments = api.listDepartments(null);
        Set<Long> ids = new HashSet<>();
        remoteDepartments.forEach(d -> ids.add(d.id()));
        Map<String, WeComUser> users = new LinkedHashMap<>();
        for (WeComDepartment root : remoteDepartments) {
            if (root.parentid() == null || !ids.contains(root.parentid())) {
                api.listUsers(root.id(), true).forEach(u -> users.putIfAbsent(u.userid(), u));
            }
        }
        Set<String> followUsers = new HashSet<>(api.getFollowUserList());
        List<Department> departments = remoteDepartments.stream()
                .map(d -> new Department((int) d.id(), d.name(), d.parentid() == null || d.parentid() == 0 ? null
                        : d.parentid().intValue(), d.order() == null ? 0 : d.order().intValue()))
                .sorted(Comparator.comparingInt(Department::id)).toList();
        List<Member> fresh = new ArrayList<>();
        users.values().forEach(u -> fresh.add(member(u, followUsers.contains(u.userid()))));
        // 客户联系 members outside the contacts visible range still own customers: keep them by id
        followUsers.stream().filter(id -> !users.containsKey(id)).sorted()
                .forEach(id -> fresh.add(new Member(id, id, null, null, List.of(), List.of(), true)));
        if (sameAsLocal(departments, fresh)) {
            return;
        }
        context.commitPage(null, 0, c -> {
            members.replaceAll(departments, fresh);
            roles.assignDefaultsIfAbsent(DefaultRoles.deriveAll(fresh));
            return PageCounts.NONE;
        });
    }

    /**
     * WeCom's user/list gives no department leadership field in our DTO, so {@code leaderOf} is left empty and the
     * default roles come from the position title.
     */
    private static Member member(WeComUser u, boolean followUser) {
        List<Integer> departments = u.department().stream().map(Long::intValue).sorted().toList();
        Integer main = u.mainDepartment() != null ? Integer.valueOf(u.mainDepartment().intValue())
                : departments.isEmpty() ? null : departments.get(0);
        return new Member(u.userid(), u.name() == null ? u.userid() : u.name(), u.position(), main, departments,
                List.of(), followUser);
    }

    private boolean sameAsLocal(List<Department> departments, List<Member> fresh) {
        if (!new HashSet<>(members.departments()).equals(new HashSet<>(departments))) {
            return false;
        }
        Map<String, Member> local = new LinkedHashMap<>();
        members.all().forEach(m -> local.put(m.userid(), m));
        Map<String, Member> remote = new LinkedHashMap<>();
        fresh.forEach(m -> remote.put(m.userid(), m));
        return local.equals(remote);
    }
}
