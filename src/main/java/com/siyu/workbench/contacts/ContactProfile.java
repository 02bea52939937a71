package com.siyu.workbench.contacts;

import java.time.Instant;
import java.util.List;

/**
 * Everything known about one customer: WeCom's profile, the follow info of every member who follows them, and what
 * the workbench knows (notes, timeline, orders).
 */
public record ContactProfile(String externalUserid, String name, Integer type, Integer gender, String avatar,
                             String unionid, String corpName, String corpFullName, String position,
                             List<FollowInfo> follows, List<NoteEntry> notes, List<TimelineEntry> timeline,
                             int orderCount, long orderTotalCents, Instant lastOrderAt, List<String> orderRefs) {
    public ContactProfile {
        follows = List.copyOf(follows);
        notes = List.copyOf(notes);
        timeline = List.copyOf(timeline);
        orderRefs = List.copyOf(orderRefs);
    }

    /** The follow the viewer may edit (their own), if they follow the customer. */
    public java.util.Optional<FollowInfo> editableFollow() {
        return follows.stream().filter(FollowInfo::editable).findFirst();
    }

    /** The date the customer was lost by every member following them, or null while anyone still follows. */
    public Instant lostAt() {
        if (follows.isEmpty() || follows.stream().anyMatch(f -> !f.lost())) {
            return null;
        }
        return follows.stream().map(FollowInfo::lostAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
    }
}
