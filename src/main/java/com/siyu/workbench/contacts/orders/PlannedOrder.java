package com.siyu.workbench.contacts.orders;

/** A valid order row and what importing it would match it to. */
public record PlannedOrder(ParsedOrder order, MatchResult match) {
}
