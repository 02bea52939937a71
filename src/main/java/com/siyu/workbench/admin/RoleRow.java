package com.siyu.workbench.admin;

import com.siyu.workbench.members.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One member in the role table: a check box per role. */
public final class RoleRow {
    private final String userid;
    private final String name;
    private final String department;
    private final String position;
    private final Map<Role, BooleanProperty> granted = new EnumMap<>(Role.class);

    RoleRow(String userid, String name, String department, String position, Set<Role> roles) {
        this.userid = userid;
        this.name = name;
        this.department = department;
        this.position = position == null ? "" : position;
        for (Role role : Role.values()) {
            granted.put(role, new SimpleBooleanProperty(this, role.name(), roles.contains(role)));
        }
    }

    public String userid() {
        return userid;
    }

    public String name() {
        return name;
    }

    public String department() {
        return department;
    }

    public String position() {
        return position;
    }

    public BooleanProperty grantedProperty(Role role) {
        return granted.get(role);
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        granted.forEach((role, property) -> {
            if (property.get()) {
                roles.add(role);
            }
        });
        return roles;
    }
}
