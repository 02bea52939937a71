package com.siyu.workbench.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretVaultTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsAndNeverProducesThePlainText() throws Exception {
        SecretVault vault = SecretVault.open(dir.resolve("vault.key"));
        String sealed = vault.encrypt("corp-secret-ABC123");
        assertThat(sealed).doesNotContain("corp-secret").startsWith("v1:");
        assertThat(vault.encrypt("corp-secret-ABC123")).isNotEqualTo(sealed); // fresh IV each time
        assertThat(vault.decrypt(sealed)).isEqualTo("corp-secret-ABC123");
    }

    @Test
    void theKeyFileIsReusedAcrossStartsAndReadableByTheOwnerOnly() throws Exception {
        Path keyFile = dir.resolve("vault.key");
        String sealed = SecretVault.open(keyFile).encrypt("s3cret");
        assertThat(SecretVault.open(keyFile).decrypt(sealed)).isEqualTo("s3cret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void anAlteredValueOrAnotherKeyFailsWithoutEchoingTheValue() throws Exception {
        SecretVault vault = SecretVault.open(dir.resolve("a.key"));
        String sealed = vault.encrypt("s3cret");
        String tampered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThatThrownBy(() -> vault.decrypt(tampered)).hasMessageNotContaining(tampered);
        assertThatThrownBy(() -> SecretVault.open(dir.resolve("b.key")).decrypt(sealed))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCorpSecretIsStoredEncryptedAndReadBackPlain() throws Exception {
        try (Database db = Database.open(dir.resolve("w.db"))) {
            AppSettings settings = new AppSettings(new JdbcSettingsRepository(db),
                    SecretVault.open(dir.resolve("vault.key")));
            settings.setWecom(new WeComConnection(WeComConnection.Mode.REMOTE, "https://qyapi.weixin.qq.com",
                    "ww123", "TopSecretValue", 1000002));

            String stored = db.read(c -> Sql.queryOne(c, "SELECT group_concat(value, '|') FROM settings",
                    rs -> rs.getString(1))).orElseThrow();
            assertThat(stored).doesNotContain("TopSecretValue").contains("ww123");
            assertThat(settings.wecom().secret()).isEqualTo("TopSecretValue");
            assertThat(settings.wecom().toString()).doesNotContain("TopSecretValue");
        }
    }
}
