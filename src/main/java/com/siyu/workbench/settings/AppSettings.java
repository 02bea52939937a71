package com.siyu.workbench.settings;

import com.siyu.workbench.i18n.Language;
import java.util.Optional;

/** Typed access to the settings the workbench keeps; secrets go through the {@link SecretVault}. */
public final class AppSettings {
    static final String THEME = "pref.ui.theme";
    static final String LANGUAGE = "pref.ui.language";
    static final String WINDOW = "pref.ui.window";
    static final String CURRENT_MEMBER = "pref.session.member";
    static final String SYNC_INTERVAL = "pref.sync.intervalMinutes";
    static final String WECOM_MODE = "pref.wecom.mode";
    static final String WECOM_BASE_URL = "pref.wecom.baseUrl";
    static final String WECOM_CORP_ID = "pref.wecom.corpId";
    static final String WECOM_SECRET = "pref.wecom.secret";
    static final String WECOM_AGENT_ID = "pref.wecom.agentId";
    static final String DEMO_DAY = "state.demo.lastDay";
    public static final int DEFAULT_SYNC_INTERVAL_MINUTES = 15;

    private final SettingsRepository repository;
    private final SecretVault vault;

    public AppSettings(SettingsRepository repository, SecretVault vault) {
        this.repository = repository;
        this.vault = vault;
    }

    public Theme theme() {
        return repository.get(THEME).map(Theme::valueOf).orElse(Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        repository.put(THEME, theme.name());
    }

    public Language language() {
        return repository.get(LANGUAGE).map(Language::fromCode).orElse(Language.ZH_CN);
    }

    public void setLanguage(Language language) {
        repository.put(LANGUAGE, language.name());
    }

    public Optional<WindowBounds> window() {
        try {
            return repository.get(WINDOW).map(WindowBounds::decode);
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    public void setWindow(WindowBounds bounds) {
        repository.put(WINDOW, bounds.encode());
    }

    public Optional<String> currentMember() {
        return repository.get(CURRENT_MEMBER);
    }

    public void setCurrentMember(String userid) {
        repository.put(CURRENT_MEMBER, userid);
    }

    public int syncIntervalMinutes() {
        return repository.get(SYNC_INTERVAL).map(Integer::parseInt).orElse(DEFAULT_SYNC_INTERVAL_MINUTES);
    }

    public void setSyncIntervalMinutes(int minutes) {
        if (minutes < 1 || minutes > 24 * 60) {
            throw new IllegalArgumentException("sync interval out of range: " + minutes);
        }
        repository.put(SYNC_INTERVAL, Integer.toString(minutes));
    }

    /** The last day the built-in demo corp was brought to life (new customers arrive each new day). */
    public Optional<java.time.LocalDate> demoDay() {
        return repository.get(DEMO_DAY).map(java.time.LocalDate::parse);
    }

    public void setDemoDay(java.time.LocalDate day) {
        repository.put(DEMO_DAY, day.toString());
    }

    public WeComConnection wecom() {
        WeComConnection.Mode mode = repository.get(WECOM_MODE).map(WeComConnection.Mode::valueOf)
                .orElse(WeComConnection.Mode.EMBEDDED_SANDBOX);
        if (mode == WeComConnection.Mode.EMBEDDED_SANDBOX) {
            return WeComConnection.embeddedSandbox();
        }
        String secret = repository.get(WECOM_SECRET).map(vault::decrypt).orElse(null);
        Integer agentId = repository.get(WECOM_AGENT_ID).map(Integer::valueOf).orElse(null);
        return new WeComConnection(mode, repository.get(WECOM_BASE_URL).orElse(WeComConnection.WECOM_BASE_URL),
                repository.get(WECOM_CORP_ID).orElse(null), secret, agentId);
    }

    public void setWecom(WeComConnection connection) {
        repository.put(WECOM_MODE, connection.mode().name());
        putOrRemove(WECOM_BASE_URL, connection.baseUrl());
        putOrRemove(WECOM_CORP_ID, connection.corpId());
        putOrRemove(WECOM_SECRET, connection.secret() == null ? null : vault.encrypt(connection.secret()));
        putOrRemove(WECOM_AGENT_ID, connection.agentId() == null ? null : connection.agentId().toString());
    }

    private void putOrRemove(String key, String value) {
        if (value == null) {
            repository.remove(key);
        } else {
            repository.put(key, value);
        }
    }
}
