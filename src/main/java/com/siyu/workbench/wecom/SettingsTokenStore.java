package com.siyu.workbench.wecom;

import com.siyu.workbench.settings.SecretVault;
import com.siyu.workbench.settings.SettingsRepository;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persists the access token in the settings table, encrypted by the {@link SecretVault} (token and expiry sealed
 * together, so neither can be edited alone). A value that no longer decrypts (new vault key, tampering) is treated
 * as absent: the client simply fetches a new token.
 */
public final class SettingsTokenStore implements TokenStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsTokenStore.class);
    private static final String PREFIX = "cache.wecom.accessToken.";

    private final SettingsRepository settings;
    private final SecretVault vault;

    public SettingsTokenStore(SettingsRepository settings, SecretVault vault) {
        this.settings = settings;
        this.vault = vault;
    }

    @Override
    public Optional<StoredToken> load(String key) {
        Optional<String> sealed = settings.get(PREFIX + key);
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        try {
            String plain = vault.decrypt(sealed.get());
            int split = plain.indexOf(' ');
            Instant until = Instant.ofEpochSecond(Long.parseLong(plain.substring(0, split)));
            return Optional.of(new StoredToken(plain.substring(split + 1), until));
        } catch (RuntimeException unreadable) {
            LOG.info("stored access token is unreadable; a new one will be fetched");
            return Optional.empty();
        }
    }

    @Override
    public void save(String key, StoredToken token) {
        settings.put(PREFIX + key, vault.encrypt(token.usableUntil().getEpochSecond() + " " + token.accessToken()));
    }

    @Override
    public void remove(String key) {
        settings.remove(PREFIX + key);
    }
}
