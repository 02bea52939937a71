package com.siyu.workbench.sandbox;

import java.util.List;

/** Exactly what an advance changed, by ids, so a test can assert that sync picked up each change. */
public record AdvanceSummary(long now, int days, List<Arrival> newContacts, List<Churn> lostContacts,
                             List<TagChange> tagChanges, List<RemarkChange> remarkChanges) {
    public AdvanceSummary {
        newContacts = List.copyOf(newContacts);
        lostContacts = List.copyOf(lostContacts);
        tagChanges = List.copyOf(tagChanges);
        remarkChanges = List.copyOf(remarkChanges);
    }

    /** A new customer added by {@code userid} at {@code createtime}. */
    public record Arrival(String userid, String externalUserid, long createtime) {
    }

    /** The customer deleted {@code userid} at {@code lostAt}. */
    public record Churn(String userid, String externalUserid, long lostAt) {
    }

    /** The relation's 客户阶段 tag moved from {@code removed} to {@code added}. */
    public record TagChange(String userid, String externalUserid, List<String> added, List<String> removed) {
    }

    public record RemarkChange(String userid, String externalUserid, String remark) {
    }
}
