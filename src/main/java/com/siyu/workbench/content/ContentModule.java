package com.siyu.workbench.content;

import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.content.bulk.ContentExporter;
import com.siyu.workbench.content.bulk.ContentImporter;
import com.siyu.workbench.content.lint.JdbcLintListRepository;
import com.siyu.workbench.content.lint.LintSettings;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.sync.Outbox;
import java.time.Clock;

/** Builds the content feature's repositories and services; one instance per workbench. */
public final class ContentModule {
    private final ContentRepository repository;
    private final LintSettings lintSettings;
    private final ContentPublisher publisher;
    private final ScopeTargets scopeTargets;
    private final ContentService service;
    private final ContentLibrary library;
    private final ApprovedContent approved;
    private final ContactVariables variables;
    private final DemoContent demo;
    private final ContentImporter importer;
    private final ContentExporter exporter;

    public ContentModule(Database db, Clock clock, ActivityLog log, Outbox outbox) {
        this.repository = new JdbcContentRepository(db);
        this.lintSettings = new LintSettings(db, new JdbcLintListRepository(db, clock), log);
        this.publisher = new ContentPublisher(db, repository, outbox, clock);
        this.scopeTargets = new ScopeTargets(db);
        this.service = new ContentService(db, repository, log, lintSettings::linter, publisher, scopeTargets, clock);
        this.library = new ContentLibrary(repository);
        this.approved = new ApprovedContent(db, repository);
        this.variables = new ContactVariables(db);
        this.demo = new DemoContent(db, repository, log, publisher, clock);
        this.importer = new ContentImporter(db, repository, service, lintSettings::linter, scopeTargets, log);
        this.exporter = new ContentExporter(library, repository, log);
    }

    public ContentService service() {
        return service;
    }

    public ContentLibrary library() {
        return library;
    }

    /** The read API for other features: approved content only. */
    public ApprovedContent approved() {
        return approved;
    }

    /** The channels, members and departments a welcome message or invite template can be scoped to. */
    public ScopeTargets scopeTargets() {
        return scopeTargets;
    }

    public ContactVariables variables() {
        return variables;
    }

    public LintSettings lintSettings() {
        return lintSettings;
    }

    /** Call after each outbox push run (and at start-up): queues group-welcome edits that waited for a template_id. */
    public ContentPublisher publisher() {
        return publisher;
    }

    public DemoContent demo() {
        return demo;
    }

    public ContentImporter importer() {
        return importer;
    }

    public ContentExporter exporter() {
        return exporter;
    }

    ContentRepository repository() {
        return repository;
    }
}
