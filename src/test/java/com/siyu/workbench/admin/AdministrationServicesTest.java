package com.siyu.workbench.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.members.RoleAdministration.LastAdminException;
import com.siyu.workbench.settings.SettingsAdministration.ConnectionForm;
import com.siyu.workbench.settings.WeComConnection;
import com.siyu.workbench.settings.WeComConnection.Mode;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The role table and the connection settings, through the services the admin screen calls. */
class AdministrationServicesTest {
    @TempDir
    Path dir;
    Workbench workbench;
    final Actor admin = new Actor(TestWorkbench.ADMIN, "陈管理", Set.of(Role.ADMIN));
    final Actor guide = new Actor(TestWorkbench.GUIDE, "张晓雯", Set.of(Role.GUIDE));

    @BeforeEach
    void open() throws Exception {
        workbench = TestWorkbench.open(dir);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void anAdminChangesRolesAndTheChangeIsLoggedWithBeforeAndAfter() {
        workbench.roleAdministration().setRoles(admin, TestWorkbench.GUIDE, EnumSet.of(Role.GUIDE, Role.LEAD));
        assertThat(workbench.roles().rolesOf(TestWorkbench.GUIDE)).containsExactlyInAnyOrder(Role.GUIDE, Role.LEAD);
        String details = workbench.db().read(c -> Sql.queryOne(c,
                "SELECT details_json FROM activity_log WHERE action = 'roles.changed'", rs -> rs.getString(1))
                .orElseThrow());
        assertThat(details).contains("\"before\":[\"GUIDE\"]").contains("\"after\":[\"GUIDE\",\"LEAD\"]")
                .contains("\"userid\":\"zhangxw\"");
    }

    @Test
    void aGuideCannotAssignRoles() {
        assertThatThrownBy(() -> workbench.roleAdministration().setRoles(guide, TestWorkbench.GUIDE,
                EnumSet.of(Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
        assertThat(workbench.roles().rolesOf(TestWorkbench.GUIDE)).containsExactly(Role.GUIDE);
    }

    @Test
    void theLastAdminCannotBeRemovedButOneOfTwoCan() {
        assertThatThrownBy(() -> workbench.roleAdministration().setRoles(admin, TestWorkbench.ADMIN,
                EnumSet.of(Role.LEAD))).isInstanceOf(LastAdminException.class);
        assertThat(workbench.roles().rolesOf(TestWorkbench.ADMIN)).containsExactly(Role.ADMIN);

        workbench.roleAdministration().setRoles(admin, TestWorkbench.LEAD, EnumSet.of(Role.LEAD, Role.ADMIN));
        workbench.roleAdministration().setRoles(admin, TestWorkbench.ADMIN, EnumSet.of(Role.LEAD));
        assertThat(workbench.roles().rolesOf(TestWorkbench.ADMIN)).containsExactly(Role.LEAD);
    }

    @Test
    void invalidConnectionFormsNameEachFieldAndSaveNothing() {
        var settings = workbench.settingsAdministration();
        var problems = settings.validate(new ConnectionForm(Mode.REMOTE, "qyapi.weixin.qq.com", " ", "", "abc", 0),
                false);
        assertThat(problems).extracting(p -> p.field())
                .containsExactlyInAnyOrder("baseUrl", "corpId", "secret", "agentId", "syncInterval");
        assertThatThrownBy(() -> settings.save(admin, new ConnectionForm(Mode.REMOTE, "ftp://x", "ww1", "s", "", 15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(workbench.settings().wecom().mode()).isEqualTo(Mode.EMBEDDED_SANDBOX);
    }

    @Test
    void aSavedSecretIsEncryptedAtRestKeptWhenLeftBlankAndNeverLogged() {
        var settings = workbench.settingsAdministration();
        String secret = "S3cr3t-Abc_def-0123456789";
        settings.save(admin, new ConnectionForm(Mode.REMOTE, "https://qyapi.weixin.qq.com", "ww12345", secret, "1000002",
                30));
        settings.save(admin, new ConnectionForm(Mode.REMOTE, "https://qyapi.weixin.qq.com", "ww67890", "", "", 20));

        WeComConnection saved = workbench.settings().wecom();
        assertThat(saved.secret()).isEqualTo(secret);
        assertThat(saved.corpId()).isEqualTo("ww67890");
        assertThat(saved.agentId()).isNull();
        assertThat(workbench.settings().syncIntervalMinutes()).isEqualTo(20);
        List<String> stored = workbench.db().read(c -> Sql.query(c, "SELECT value FROM settings", rs -> rs.getString(1)));
        List<String> logged = workbench.db().read(c -> Sql.query(c, "SELECT details_json FROM activity_log",
                rs -> String.valueOf(rs.getString(1))));
        assertThat(stored).noneMatch(v -> v.contains(secret));
        assertThat(logged).noneMatch(v -> v.contains(secret)).anyMatch(v -> v.contains("\"secretChanged\":true"));
    }

    @Test
    void aGuideCannotReadOrChangeTheConnection() {
        var settings = workbench.settingsAdministration();
        assertThatThrownBy(() -> settings.current(guide)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.save(guide, new ConnectionForm(Mode.EMBEDDED_SANDBOX, "", "", "", "", 15)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
