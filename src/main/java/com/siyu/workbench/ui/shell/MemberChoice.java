package com.siyu.workbench.ui.shell;

import com.siyu.workbench.members.Role;
import java.util.Set;

/** One line of the member switcher: who, in which store, with which roles. */
public record MemberChoice(String userid, String name, String department, Set<Role> roles) {
}
