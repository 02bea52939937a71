package com.siyu.workbench.members;

/** Things the service layer checks before it acts. */
public enum Permission {
    WORK_OWN_QUEUE,
    READ_OWN_CONTACTS,
    READ_TEAM_CONTACTS,
    EDIT_OWN_CONTACTS,
    READ_APPROVED_CONTENT,
    READ_ALL_CONTENT,
    PROPOSE_CONTENT,
    EDIT_CONTENT,
    REVIEW_CONTENT,
    READ_RULES,
    EDIT_RULES,
    VIEW_TEAM_DASHBOARD,
    READ_TEAM_LOG,
    EXPORT_DATA,
    SEE_FULL_PHONE,
    MANAGE_SETTINGS,
    MANAGE_ROLES,
    SYNC_NOW
}
