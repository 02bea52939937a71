package com.siyu.workbench.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {
    @TempDir
    Path dir;
    Database db;
    AppSettings settings;

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(dir.resolve("w.db"));
        settings = new AppSettings(new JdbcSettingsRepository(db), SecretVault.ephemeral());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void defaultsSuitAFirstRun() {
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.language()).isEqualTo(Language.ZH_CN);
        assertThat(settings.window()).isEmpty();
        assertThat(settings.wecom().mode()).isEqualTo(WeComConnection.Mode.EMBEDDED_SANDBOX);
        assertThat(settings.syncIntervalMinutes()).isEqualTo(AppSettings.DEFAULT_SYNC_INTERVAL_MINUTES);
    }

    @Test
    void remembersWhatTheUserChose() {
        settings.setTheme(Theme.DARK);
        settings.setLanguage(Language.EN);
        settings.setWindow(new WindowBounds(10.5, 20, 1280, 800, true));
        settings.setCurrentMember("zhangxw");
        settings.setSyncIntervalMinutes(5);

        assertThat(settings.theme()).isEqualTo(Theme.DARK);
        assertThat(settings.language()).isEqualTo(Language.EN);
        assertThat(settings.window()).contains(new WindowBounds(10.5, 20, 1280, 800, true));
        assertThat(settings.currentMember()).contains("zhangxw");
        assertThat(settings.syncIntervalMinutes()).isEqualTo(5);
    }

    @Test
    void rejectsANonsenseSyncIntervalAndIgnoresAGarbledWindowRecord() {
        assertThatThrownBy(() -> settings.setSyncIntervalMinutes(0)).isInstanceOf(IllegalArgumentException.class);
        new JdbcSettingsRepository(db).put(AppSettings.WINDOW, "garbage");
        assertThat(settings.window()).isEmpty();
    }
}
