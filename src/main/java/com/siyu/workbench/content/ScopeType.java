package com.siyu.workbench.content;

/**
 * Who a welcome message or invite template is for. When several apply to one contact, the most specific wins:
 * MEMBER (the member who added the contact) &gt; DEPARTMENT (that member's store/team, nearest first) &gt;
 * STATE (the channel code that brought the contact) &gt; DEFAULT. The sender's own voice outranks campaign copy:
 * the customer is talking to a person, and a store that wrote its own welcome wants it used for every channel.
 */
public enum ScopeType {
    MEMBER(0), DEPARTMENT(1), STATE(2), DEFAULT(3);

    private final int rank;

    ScopeType(int rank) {
        this.rank = rank;
    }

    /** Lower is more specific. */
    public int rank() {
        return rank;
    }
}
