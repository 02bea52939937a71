package com.siyu.workbench.content;

/**
 * Something a welcome message or invite template can be scoped to, from the local copy: a channel (its {@code state}),
 * a member (userid) or a department (id). {@code label} is what a person picks by; {@code detail} says which one
 * (the channel code, the member's store, the parent department).
 */
public record ScopeTarget(ScopeType type, String value, String label, String detail) {
    public Scope scope() {
        return Scope.of(type, value);
    }
}
