package com.siyu.workbench.settings;

import java.util.Optional;

/** Plain key/value settings stored in the database. */
public interface SettingsRepository {
    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);
}
