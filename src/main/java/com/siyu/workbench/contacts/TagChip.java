package com.siyu.workbench.contacts;

/** A corp tag as shown on a contact: its id, name and the name of its group (客户阶段, 意向商品…). */
public record TagChip(String tagId, String name, String groupName) {
    /** The corp tag group whose tag is the customer's stage (cross-feature contract). */
    public static final String STAGE_GROUP = "客户阶段";

    public boolean isStage() {
        return STAGE_GROUP.equals(groupName);
    }
}
