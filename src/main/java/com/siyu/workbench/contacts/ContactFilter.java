package com.siyu.workbench.contacts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import java.time.LocalDate;
import java.util.List;

/**
 * What a member is looking for in their contacts: free text plus structured filters. Immutable and JSON-serialisable,
 * so it is stored as a saved filter and can be the audience of an SOP rule ({@link ContactQuery#matching}).
 *
 * @param query          free text: name, nickname, remark, description, phone (full or last four digits), tag names,
 *                       note text; whitespace separates terms that must all match
 * @param tagsAny        tag ids: the follow carries at least one of them
 * @param tagsAll        tag ids: the follow carries every one of them
 * @param tagsNone       tag ids: the follow carries none of them
 * @param channels       follow {@code state} codes (渠道)
 * @param stages         tag ids from the group 客户阶段
 * @param addedFrom      added on or after this day (Asia/Shanghai)
 * @param addedTo        added on or before this day
 * @param notTouchedDays no touch by the following member in the last N days (never touched counts)
 * @param status         active, lost, or both
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContactFilter(String query, List<String> tagsAny, List<String> tagsAll, List<String> tagsNone,
                            List<String> channels, List<String> stages, LocalDate addedFrom, LocalDate addedTo,
                            Integer notTouchedDays, FollowStatusFilter status) {
    private static final ObjectMapper JSON = Json.newMapper();

    public static final ContactFilter ALL = new ContactFilter(null, null, null, null, null, null, null, null, null,
            null);

    public ContactFilter {
        query = query == null ? "" : query.strip();
        tagsAny = copy(tagsAny);
        tagsAll = copy(tagsAll);
        tagsNone = copy(tagsNone);
        channels = copy(channels);
        stages = copy(stages);
        status = status == null ? FollowStatusFilter.ANY : status;
        if (notTouchedDays != null && notTouchedDays < 0) {
            throw new IllegalArgumentException("notTouchedDays must be >= 0");
        }
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
    }

    public static ContactFilter text(String query) {
        return ALL.withQuery(query);
    }

    public ContactFilter withQuery(String text) {
        return new ContactFilter(text, tagsAny, tagsAll, tagsNone, channels, stages, addedFrom, addedTo,
                notTouchedDays, status);
    }

    public ContactFilter withTags(List<String> any, List<String> all, List<String> none) {
        return new ContactFilter(query, any, all, none, channels, stages, addedFrom, addedTo, notTouchedDays, status);
    }

    public ContactFilter withChannels(List<String> states) {
        return new ContactFilter(query, tagsAny, tagsAll, tagsNone, states, stages, addedFrom, addedTo,
                notTouchedDays, status);
    }

    public ContactFilter withStages(List<String> stageTagIds) {
        return new ContactFilter(query, tagsAny, tagsAll, tagsNone, channels, stageTagIds, addedFrom, addedTo,
                notTouchedDays, status);
    }

    public ContactFilter withAdded(LocalDate from, LocalDate to) {
        return new ContactFilter(query, tagsAny, tagsAll, tagsNone, channels, stages, from, to, notTouchedDays,
                status);
    }

    public ContactFilter withNotTouchedDays(Integer days) {
        return new ContactFilter(query, tagsAny, tagsAll, tagsNone, channels, stages, addedFrom, addedTo, days,
                status);
    }

    public ContactFilter withStatus(FollowStatusFilter value) {
        return new ContactFilter(query, tagsAny, tagsAll, tagsNone, channels, stages, addedFrom, addedTo,
                notTouchedDays, value);
    }

    /** True when nothing but (possibly) the text is set. */
    @JsonIgnore
    public boolean hasNoStructuredFilter() {
        return tagsAny.isEmpty() && tagsAll.isEmpty() && tagsNone.isEmpty() && channels.isEmpty() && stages.isEmpty()
                && addedFrom == null && addedTo == null && notTouchedDays == null && status == FollowStatusFilter.ANY;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ContactFilter is always serialisable", e);
        }
    }

    /** Parses a stored filter; unknown fields (from a newer version) are ignored. */
    public static ContactFilter fromJson(String json) {
        try {
            return JSON.readValue(json, ContactFilter.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a contact filter: " + e.getOriginalMessage(), e);
        }
    }
}
