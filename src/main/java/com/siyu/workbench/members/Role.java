package com.siyu.workbench.members;

/** What a member does in the workbench. Local to the workbench (WeCom has no such notion); an admin assigns them. */
public enum Role {
    /** 导购 / sales rep: works the daily queue and their own customers. */
    GUIDE,
    /** 内容审核: approves scripts, welcome and invite texts. */
    REVIEWER,
    /** 组长 / 店长: audits the team. */
    LEAD,
    /** 管理员: connects WeCom, assigns roles, edits SOP rules. */
    ADMIN
}
