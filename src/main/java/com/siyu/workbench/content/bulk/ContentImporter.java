package com.siyu.workbench.content.bulk;

import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.content.ContentItem;
import com.siyu.workbench.content.ContentRepository;
import com.siyu.workbench.content.ContentService;
import com.siyu.workbench.content.ContentStatus;
import com.siyu.workbench.content.ContentVersion;
import com.siyu.workbench.content.ScopeTargets;
import com.siyu.workbench.content.lint.ContentLinter;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.store.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Bulk import of content from CSV or JSON. Every row is checked first (format, lint, conflicts with what is in the
 * library); if any row has an error nothing is written. Otherwise everything is written in one transaction, each item
 * straight into review (SUBMITTED): new ids become new items, known ids get a new version, unchanged ones are skipped.
 */
public final class ContentImporter {
    private final Database db;
    private final ContentRepository repo;
    private final ContentService service;
    private final Supplier<ContentLinter> linter;
    private final ScopeTargets scopes;
    private final ActivityLog log;

    public ContentImporter(Database db, ContentRepository repo, ContentService service, Supplier<ContentLinter> linter,
                           ScopeTargets scopes, ActivityLog log) {
        this.db = db;
        this.repo = repo;
        this.service = service;
        this.linter = linter;
        this.scopes = scopes;
        this.log = log;
    }

    /** Checks a file without a library to compare with: format and lint findings per row (the CLI's lint). */
    public static ImportReport check(Path file, ContentLinter linter) throws ImportFileException {
        ParseResult parsed = ImportFile.parse(file);
        parsed.items.forEach(item -> FindingRows.place(item, linter.lint(item.body()), parsed));
        return new ImportReport(new ArrayList<>(parsed.rows.values()), 0, 0, 0, false);
    }

    /** Checks {@code file} against the library and, unless {@code dryRun} or a row has an error, imports it. */
    public ImportReport importFile(Actor actor, Path file, boolean dryRun) throws ImportFileException {
        AccessPolicy.require(actor, Permission.EDIT_CONTENT);
        ParseResult parsed = ImportFile.parse(file);
        List<Planned> plan = new ArrayList<>();
        for (ParsedItem item : parsed.items) {
            FindingRows.place(item, linter.get().lint(item.body()), parsed);
            plan.add(plan(item, parsed));
        }
        List<RowReport> rows = new ArrayList<>(parsed.rows.values());
        boolean errors = rows.stream().anyMatch(RowReport::hasErrors);
        int created = count(plan, Kind.CREATE);
        int versions = count(plan, Kind.NEW_VERSION);
        int unchanged = count(plan, Kind.UNCHANGED);
        if (errors || dryRun) {
            return new ImportReport(rows, created, versions, unchanged, false);
        }
        db.write(c -> {
            for (Planned p : plan) {
                apply(actor, p);
            }
            log.append(ActivityEvent.of(actor.userid(), Actions.CONTENT_IMPORTED).withDetails(Map.of(
                    "file", file.getFileName().toString(), "created", created, "newVersions", versions,
                    "unchanged", unchanged)));
        });
        return new ImportReport(rows, created, versions, unchanged, true);
    }

    private enum Kind { CREATE, NEW_VERSION, UNCHANGED, REFUSED }

    private record Planned(Kind kind, ParsedItem item) {
    }

    /** A row that writes must scope to something the local copy knows (what submission checks too). */
    private Planned plan(ParsedItem item, ParseResult parsed) {
        Planned planned = planAgainstLibrary(item, parsed);
        if (planned.kind() != Kind.CREATE && planned.kind() != Kind.NEW_VERSION) {
            return planned;
        }
        Optional<String> scopeProblem = scopes.problem(item.body().scope());
        if (scopeProblem.isEmpty()) {
            return planned;
        }
        String value = item.body().scope().value();
        parsed.add(item.mainRow(), Cells.problem(CsvColumns.SCOPE_VALUE, scopeProblem.get(),
                value == null ? "" : value));
        return new Planned(Kind.REFUSED, item);
    }

    private Planned planAgainstLibrary(ParsedItem item, ParseResult parsed) {
        if (item.id() == null) {
            return new Planned(Kind.CREATE, item);
        }
        Optional<ContentItem> existing = repo.item(item.id());
        if (existing.isEmpty()) {
            return new Planned(Kind.CREATE, item);
        }
        if (existing.get().type() != item.body().type()) {
            parsed.add(item.mainRow(), Cells.problem(CsvColumns.ID, "content.import.typeMismatch", item.id(),
                    existing.get().type().code()));
            return new Planned(Kind.REFUSED, item);
        }
        ContentVersion latest = repo.latest(item.id()).orElseThrow();
        if (latest.status().isOpen()) {
            parsed.add(item.mainRow(), Cells.problem(CsvColumns.ID, "content.import.openVersion", item.id(),
                    latest.version()));
            return new Planned(Kind.REFUSED, item);
        }
        return new Planned(latest.body().equals(item.body()) ? Kind.UNCHANGED : Kind.NEW_VERSION, item);
    }

    private void apply(Actor actor, Planned p) {
        ParsedItem item = p.item();
        switch (p.kind()) {
            case CREATE -> {
                if (item.id() == null) {
                    service.submit(actor, service.create(actor, item.body()).contentId());
                } else {
                    service.create(actor, item.id(), item.body(), ContentStatus.SUBMITTED);
                }
            }
            case NEW_VERSION -> {
                service.saveDraft(actor, item.id(), item.body());
                service.submit(actor, item.id());
            }
            default -> {
                // unchanged: nothing to write; refused rows never get here (they are errors)
            }
        }
    }

    private static int count(List<Planned> plan, Kind kind) {
        return (int) plan.stream().filter(p -> p.kind() == kind).count();
    }
}
