package com.siyu.workbench.content;

import java.util.Objects;

/** A welcome/invite scope: its type and the member userid, department id or channel state it names. */
public record Scope(ScopeType type, String value) {
    public static final Scope DEFAULT = new Scope(ScopeType.DEFAULT, null);

    public Scope {
        Objects.requireNonNull(type);
        value = type == ScopeType.DEFAULT || value == null || value.isBlank() ? null : value.strip();
    }

    public static Scope of(ScopeType type, String value) {
        return new Scope(type, value);
    }

    /** A non-default scope must name something. */
    public boolean isComplete() {
        return type == ScopeType.DEFAULT || value != null;
    }
}
