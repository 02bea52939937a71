package com.siyu.workbench.wecom;

import java.util.Optional;

/**
 * Where access tokens survive a restart. The key identifies the app (a hash of corp id + secret, never the secret);
 * implementations keep the token encrypted at rest.
 */
public interface TokenStore {
    Optional<StoredToken> load(String key);

    void save(String key, StoredToken token);

    void remove(String key);
}
