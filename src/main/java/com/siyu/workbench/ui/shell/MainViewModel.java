package com.siyu.workbench.ui.shell;

import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Department;
import com.siyu.workbench.members.Member;
import com.siyu.workbench.members.MemberRepository;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.members.RoleRepository;
import com.siyu.workbench.settings.AppSettings;
import com.siyu.workbench.ui.Session;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shell: who is working (member switcher), which navigation entries their roles allow, which one is open.
 */
public final class MainViewModel {
    private final MemberRepository members;
    private final RoleRepository roles;
    private final AppSettings settings;
    private final ActivityLog activityLog;
    private final Session session;

    private final ObservableList<MemberChoice> memberChoices = FXCollections.observableArrayList();
    private final ObjectProperty<MemberChoice> currentMember = new SimpleObjectProperty<>(this, "currentMember");
    private final ObservableList<NavEntry> navEntries = FXCollections.observableArrayList();
    private final ObjectProperty<NavEntry> selectedEntry = new SimpleObjectProperty<>(this, "selectedEntry");

    public MainViewModel(MemberRepository members, RoleRepository roles, AppSettings settings, ActivityLog activityLog,
                         Session session) {
        this.members = members;
        this.roles = roles;
        this.settings = settings;
        this.activityLog = activityLog;
        this.session = session;
    }

    /** Re-reads members and roles (after a sync or a role edit) and keeps the current member if still present. */
    public void refreshMembers() {
        Map<Integer, String> deptNames = members.departments().stream()
                .collect(Collectors.toMap(Department::id, Department::name, (a, b) -> a));
        Map<String, Set<Role>> allRoles = roles.all();
        List<MemberChoice> choices = members.all().stream()
                .map(m -> new MemberChoice(m.userid(), m.name(), departmentOf(m, deptNames),
                        allRoles.getOrDefault(m.userid(), Set.of())))
                .toList();
        memberChoices.setAll(choices);
        String wanted = Optional.ofNullable(currentMember.get()).map(MemberChoice::userid)
                .or(settings::currentMember).orElse(null);
        MemberChoice pick = choices.stream().filter(c -> c.userid().equals(wanted)).findFirst()
                .orElseGet(() -> firstGuide(choices));
        if (pick != null) {
            switchTo(pick);
        }
    }

    private static MemberChoice firstGuide(List<MemberChoice> choices) {
        return choices.stream().filter(c -> c.roles().contains(Role.GUIDE)).findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0));
    }

    private static String departmentOf(Member m, Map<Integer, String> names) {
        return m.mainDepartment() == null ? "" : names.getOrDefault(m.mainDepartment(), "");
    }

    /** Makes {@code choice} the working member: signs in, logs it, rebuilds the navigation for their roles. */
    public void switchTo(MemberChoice choice) {
        Set<Role> current = roles.rolesOf(choice.userid());
        MemberChoice fresh = new MemberChoice(choice.userid(), choice.name(), choice.department(), current);
        boolean changed = session.actor() == null || !session.actor().userid().equals(choice.userid())
                || !session.actor().roles().equals(current);
        currentMember.set(fresh);
        if (changed) {
            session.signIn(new Actor(choice.userid(), choice.name(), current));
            settings.setCurrentMember(choice.userid());
            activityLog.append(ActivityEvent.of(choice.userid(), "session.signin")
                    .withDetails(Map.of("roles", current.stream().map(Enum::name).sorted().toList())));
        }
        // also for a shell rebuilt around an unchanged session (a language switch): its navigation starts empty
        List<NavEntry> visible = NavEntry.visibleEntries(current);
        if (!navEntries.equals(visible)) {
            NavEntry previous = selectedEntry.get();
            navEntries.setAll(visible);
            selectedEntry.set(navEntries.contains(previous) ? previous : navEntries.isEmpty() ? null : navEntries.get(0));
        }
    }

    /** Opens {@code entry} if the working member's roles show it (a rebuilt shell returns to where it was). */
    public void open(NavEntry entry) {
        if (entry != null && navEntries.contains(entry)) {
            selectedEntry.set(entry);
        }
    }

    public ObservableList<MemberChoice> memberChoices() {
        return memberChoices;
    }

    public ObjectProperty<MemberChoice> currentMemberProperty() {
        return currentMember;
    }

    public ObservableList<NavEntry> navEntries() {
        return navEntries;
    }

    public ObjectProperty<NavEntry> selectedEntryProperty() {
        return selectedEntry;
    }

    /** Label for a member in the switcher: name, store and roles in the UI language. */
    public static String label(MemberChoice choice, Function<String, String> text) {
        String roleNames = choice.roles().stream().sorted().map(r -> text.apply("members.role." + r.name()))
                .collect(Collectors.joining("/"));
        return choice.name() + (choice.department().isEmpty() ? "" : " · " + choice.department())
                + (roleNames.isEmpty() ? "" : " · " + roleNames);
    }
}
