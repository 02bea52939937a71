package com.siyu.workbench.content.bulk;

import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.content.ContentFilter;
import com.siyu.workbench.content.ContentLibrary;
import com.siyu.workbench.content.ContentRepository;
import com.siyu.workbench.content.ContentSummary;
import com.siyu.workbench.content.ContentVersion;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Exports the library as CSV (UTF-8 with a BOM so Excel shows Chinese, one row per script step) or JSON. Exports
 * what the person sees in the library: reviewers the latest version of everything, others the approved content.
 */
public final class ContentExporter {
    private final ContentLibrary library;
    private final ContentRepository repo;
    private final ActivityLog log;

    public ContentExporter(ContentLibrary library, ContentRepository repo, ActivityLog log) {
        this.library = library;
        this.repo = repo;
        this.log = log;
    }

    public enum Format { CSV, JSON }

    /** Writes the export; returns how many items it holds. */
    public int export(Actor actor, Format format, OutputStream out) throws IOException {
        AccessPolicy.require(actor, Permission.READ_APPROVED_CONTENT);
        List<ContentVersion> versions = new ArrayList<>();
        for (ContentSummary s : library.list(actor, ContentFilter.ALL)) {
            repo.version(s.id(), s.shownVersion()).ifPresent(versions::add);
        }
        if (format == Format.CSV) {
            CsvContentWriter.write(versions, out);
        } else {
            JsonContentWriter.write(versions, out);
        }
        log.append(ActivityEvent.of(actor.userid(), Actions.DATA_EXPORTED)
                .withDetails(Map.of("what", "content", "format", format.name(), "items", versions.size())));
        return versions.size();
    }
}
