package com.siyu.workbench.contacts;

import com.siyu.workbench.members.Actor;
import java.util.List;

/**
 * The contact list and profile for a person at the desk. Every call resolves the actor's scope first
 * ({@link ContactAccess}): a guide reads the customers they follow, a lead their team's, nobody else anything.
 */
public final class ContactService {
    public static final int SAVED_FILTER_NAME_MAX = 30;
    private final ContactAccess access;
    private final ContactQuery query;
    private final ContactProfileRepository profiles;
    private final TagCatalog tags;
    private final SavedFilterRepository savedFilters;

    public ContactService(ContactAccess access, ContactQuery query, ContactProfileRepository profiles,
                          TagCatalog tags, SavedFilterRepository savedFilters) {
        this.access = access;
        this.query = query;
        this.profiles = profiles;
        this.tags = tags;
        this.savedFilters = savedFilters;
    }

    public ContactScope scope(Actor actor) {
        return access.scopeOf(actor);
    }

    public ContactPage search(Actor actor, ContactFilter filter, ContactSort sort, int offset, int limit) {
        return query.page(access.scopeOf(actor), filter, sort, offset, limit);
    }

    public int count(Actor actor, ContactFilter filter) {
        return query.count(access.scopeOf(actor), filter);
    }

    /** The profile, or {@link ContactEditException} {@code contacts.error.notVisible} outside the actor's scope. */
    public ContactProfile profile(Actor actor, String externalUserid) {
        return profiles.load(externalUserid, access.scopeOf(actor))
                .orElseThrow(() -> new ContactEditException("contacts.error.notVisible"));
    }

    public List<SavedFilter> savedFilters(Actor actor) {
        access.scopeOf(actor);
        return savedFilters.ofOwner(actor.userid());
    }

    /** Saves (or replaces, by name) one of the actor's filters; names are 1–30 characters. */
    public SavedFilter saveFilter(Actor actor, String name, ContactFilter filter) {
        access.scopeOf(actor);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > SAVED_FILTER_NAME_MAX) {
            throw new ContactEditException("contacts.error.filterName", SAVED_FILTER_NAME_MAX);
        }
        return savedFilters.save(actor.userid(), trimmed, filter);
    }

    public boolean deleteFilter(Actor actor, long id) {
        access.scopeOf(actor);
        return savedFilters.delete(actor.userid(), id);
    }

    public List<TagGroup> tagGroups() {
        return tags.groups();
    }

    public TagCatalog catalog() {
        return tags;
    }
}
