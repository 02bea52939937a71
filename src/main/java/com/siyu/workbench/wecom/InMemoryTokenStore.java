package com.siyu.workbench.wecom;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps tokens for the life of the process only (CLI runs, tests). */
public final class InMemoryTokenStore implements TokenStore {
    private final Map<String, StoredToken> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredToken> load(String key) {
        return Optional.ofNullable(tokens.get(key));
    }

    @Override
    public void save(String key, StoredToken token) {
        tokens.put(key, token);
    }

    @Override
    public void remove(String key) {
        tokens.remove(key);
    }
}
