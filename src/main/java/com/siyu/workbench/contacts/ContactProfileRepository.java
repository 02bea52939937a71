package com.siyu.workbench.contacts;

import java.util.Optional;

/** Reads a customer's full profile as seen from a scope (phones masked, edit rights, pending edits). */
public interface ContactProfileRepository {
    /** Empty when the customer does not exist or none of their follows is visible in {@code scope}. */
    Optional<ContactProfile> load(String externalUserid, ContactScope scope);
}
