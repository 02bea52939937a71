package com.siyu.workbench.app;

import com.siyu.workbench.contacts.ContactQuery;
import com.siyu.workbench.contacts.SavedFilterRepository;
import com.siyu.workbench.queue.rules.AudienceResolver;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Lets an SOP rule name a saved contact filter as its audience. Lives in the composition root so that the queue's
 * generation does not depend on the contacts feature's query: the rule stores the filter id as text, contacts keys it by
 * number, and an id that is not a number or no longer exists selects nobody (the rule editor shows that). Public for
 * the headless {@code queue} command, which must generate the same day as the app.
 */
public final class SavedFilterAudiences implements AudienceResolver {
    private final SavedFilterRepository filters;
    private final ContactQuery query;

    public SavedFilterAudiences(SavedFilterRepository filters, ContactQuery query) {
        this.filters = filters;
        this.query = query;
    }

    @Override
    public Optional<Set<String>> contactsOf(String savedFilterId, String memberUserid) {
        return parse(savedFilterId).flatMap(filters::find)
                .map(saved -> new LinkedHashSet<>(query.matching(saved.filter(), memberUserid)));
    }

    private static Optional<Long> parse(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException notAFilterId) {
            return Optional.empty();
        }
    }
}
