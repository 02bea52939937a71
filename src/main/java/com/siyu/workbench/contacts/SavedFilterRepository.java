package com.siyu.workbench.contacts;

import java.util.List;
import java.util.Optional;

/** Named filters, per member. */
public interface SavedFilterRepository {
    List<SavedFilter> ofOwner(String ownerUserid);

    Optional<SavedFilter> find(long id);

    /** Creates the filter, or replaces the owner's filter of the same name. */
    SavedFilter save(String ownerUserid, String name, ContactFilter filter);

    /** Deletes the owner's filter; false when it is not theirs or does not exist. */
    boolean delete(String ownerUserid, long id);
}
