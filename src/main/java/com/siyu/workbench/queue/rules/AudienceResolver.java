package com.siyu.workbench.queue.rules;

import java.util.Optional;
import java.util.Set;

/**
 * Resolves a saved contact filter (kept by the contacts feature) to the member's matching contacts. Generation asks
 * once per filter per member and day, never per contact.
 */
public interface AudienceResolver {
    /** The member's contacts ({@code external_userid}) the filter selects; empty when the filter is unknown. */
    Optional<Set<String>> contactsOf(String savedFilterId, String memberUserid);

    /** Used until a saved-filter source is plugged in: a rule naming a filter then matches nobody. */
    AudienceResolver NONE = (filter, member) -> Optional.empty();
}
