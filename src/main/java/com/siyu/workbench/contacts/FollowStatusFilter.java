package com.siyu.workbench.contacts;

/** Which follows a filter keeps: all, only active relationships, or only lost ones (the customer deleted the member). */
public enum FollowStatusFilter {
    ANY,
    ACTIVE,
    LOST
}
