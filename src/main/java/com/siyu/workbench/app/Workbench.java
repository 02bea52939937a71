package com.siyu.workbench.app;

import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.audit.AuditModule;
import com.siyu.workbench.audit.JdbcActivityLog;
import com.siyu.workbench.contacts.ContactsModule;
import com.siyu.workbench.content.ContentModule;
import com.siyu.workbench.members.JdbcMemberRepository;
import com.siyu.workbench.members.JdbcRoleRepository;
import com.siyu.workbench.members.MemberRepository;
import com.siyu.workbench.members.RoleAdministration;
import com.siyu.workbench.members.RoleRepository;
import com.siyu.workbench.queue.QueueModule;
import com.siyu.workbench.settings.AppSettings;
import com.siyu.workbench.settings.JdbcSettingsRepository;
import com.siyu.workbench.settings.SecretVault;
import com.siyu.workbench.settings.SettingsAdministration;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.wecom.SettingsTokenStore;
import com.siyu.workbench.wecom.TokenStore;
import com.siyu.workbench.store.DatabaseOpenException;
import com.siyu.workbench.sync.JdbcOutbox;
import com.siyu.workbench.sync.Outbox;
import com.siyu.workbench.sync.SyncAdministration;
import com.siyu.workbench.sync.SyncStatus;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The composition root for everything below the UI: the one place where services are built and wired by their
 * constructors. The GUI ({@link WorkbenchUi}) and the CLI build on it.
 */
public final class Workbench implements AutoCloseable {
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final AppPaths paths;
    private final Clock clock;
    private final Database db;
    private final AppSettings settings;
    private final MemberRepository members;
    private final RoleRepository roles;
    private final ActivityLog activityLog;
    private final Outbox outbox;
    private final SyncStatus syncStatus = new SyncStatus();
    private final QueueModule queue;
    private final RoleAdministration roleAdministration;
    private final SettingsAdministration settingsAdministration;
    private final SyncAdministration syncAdministration;
    private final ContactsModule contacts;
    private final ContentModule content;
    private final AuditModule audit;
    private final TokenStore tokenStore;

    private Workbench(AppPaths paths, Clock clock, Database db, SecretVault vault) {
        this.paths = paths;
        this.clock = clock;
        this.db = db;
        JdbcSettingsRepository settingsRepository = new JdbcSettingsRepository(db);
        this.settings = new AppSettings(settingsRepository, vault);
        this.tokenStore = new SettingsTokenStore(settingsRepository, vault);
        this.members = new JdbcMemberRepository(db, clock);
        this.roles = new JdbcRoleRepository(db, clock);
        this.activityLog = new JdbcActivityLog(db, clock);
        this.outbox = new JdbcOutbox(db, clock);
        this.roleAdministration = new RoleAdministration(db, members, roles, activityLog);
        this.settingsAdministration = new SettingsAdministration(settings, activityLog);
        this.syncAdministration = new SyncAdministration(db, activityLog, syncStatus);
        this.content = new ContentModule(db, clock, activityLog, outbox);
        this.contacts = new ContactsModule(db, clock, members, activityLog, outbox, this::refreshOutboxStatus);
        this.audit = new AuditModule(db, clock, activityLog, contacts.salesAttribution());
        this.queue = new QueueModule(db, clock, activityLog, outbox,
                new SavedFilterAudiences(contacts.savedFilters(), contacts.query()), contacts.edits());
        refreshOutboxStatus();
    }

    /** Re-reads the outbox backlog into the status (after a local change queued something for WeCom). */
    public void refreshOutboxStatus() {
        syncStatus.update(s -> s.withOutbox(outbox.pendingCount(), outbox.parkedCount()));
    }

    public static Workbench open(AppPaths paths, Clock clock) throws DatabaseOpenException, IOException {
        Database db = Database.open(paths.database());
        try {
            Workbench workbench = new Workbench(paths, clock, db, SecretVault.open(paths.vaultKey()));
            workbench.queue.seedDefaultRules();
            return workbench;
        } catch (IOException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public static Clock defaultClock() {
        return Clock.system(DEFAULT_ZONE);
    }

    /** Where WeCom access tokens survive restarts, encrypted. */
    public TokenStore tokenStore() {
        return tokenStore;
    }

    public AppPaths paths() {
        return paths;
    }

    public Clock clock() {
        return clock;
    }

    public Database db() {
        return db;
    }

    public AppSettings settings() {
        return settings;
    }

    public MemberRepository members() {
        return members;
    }

    public RoleRepository roles() {
        return roles;
    }

    public ActivityLog activityLog() {
        return activityLog;
    }

    public Outbox outbox() {
        return outbox;
    }

    /** SOP rules, queue generation and the walk-through; see {@link QueueModule#refresh()} for when to generate. */
    public QueueModule queue() {
        return queue;
    }

    public SyncStatus syncStatus() {
        return syncStatus;
    }

    public RoleAdministration roleAdministration() {
        return roleAdministration;
    }

    public SettingsAdministration settingsAdministration() {
        return settingsAdministration;
    }

    /** The sync log and the parked outbox items (works without a WeCom connection). */
    public SyncAdministration syncAdministration() {
        return syncAdministration;
    }

    public ContentModule content() {
        return content;
    }

    public AuditModule audit() {
        return audit;
    }

    public ContactsModule contacts() {
        return contacts;
    }

    @Override
    public void close() {
        db.close();
    }
}
