package com.siyu.workbench.content;

import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The library as one person sees it: reviewers see every item at its latest version; guides see approved content
 * (at its approved version) and their own proposals, never someone else's drafts or rejected versions.
 */
public final class ContentLibrary {
    /** Far above any library; the FTS answer is ids only, and visibility is decided after. */
    static final int SEARCH_LIMIT = 100_000;

    private final ContentRepository repo;

    public ContentLibrary(ContentRepository repo) {
        this.repo = repo;
    }

    /** The list rows {@code actor} may see, filtered and searched (full text over names, texts and attachments). */
    public List<ContentSummary> list(Actor actor, ContentFilter filter) {
        AccessPolicy.require(actor, Permission.READ_APPROVED_CONTENT);
        List<ContentSummary> visible = visibleSummaries(actor);
        Set<VersionRef> hits = filter.query().isEmpty() ? null : new HashSet<>(repo.search(filter.query(),
                SEARCH_LIMIT));
        List<ContentSummary> out = new ArrayList<>();
        for (ContentSummary s : visible) {
            boolean matches = hits == null || hits.contains(new VersionRef(s.id(), s.shownVersion()))
                    || ContentAccess.seesAll(actor) && hits.contains(new VersionRef(s.id(), s.latestVersion()));
            if (matches && filter.accepts(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private List<ContentSummary> visibleSummaries(Actor actor) {
        if (ContentAccess.seesAll(actor)) {
            return repo.summaries(false);
        }
        Map<String, ContentSummary> byId = new LinkedHashMap<>();
        repo.summaries(true).forEach(s -> byId.put(s.id(), s));
        if (AccessPolicy.allows(actor, Permission.PROPOSE_CONTENT)) {
            for (ContentSummary own : repo.summaries(false)) {
                if (actor.userid().equals(own.latestAuthor()) && !byId.containsKey(own.id())) {
                    byId.put(own.id(), own);
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** The versions of an item {@code actor} may see, oldest first (empty when none). */
    public List<ContentVersion> history(Actor actor, String id) {
        AccessPolicy.require(actor, Permission.READ_APPROVED_CONTENT);
        return repo.versions(id).stream().filter(v -> ContentAccess.canSee(actor, v)).toList();
    }

    /**
     * What the editor opens: the latest version {@code actor} may see — for a guide their own open proposal if
     * there is one, else the approved version.
     */
    public Optional<ContentVersion> open(Actor actor, String id) {
        List<ContentVersion> visible = history(actor, id);
        Optional<ContentItem> item = repo.item(id);
        if (visible.isEmpty() || item.isEmpty()) {
            return Optional.empty();
        }
        ContentVersion newest = visible.get(visible.size() - 1);
        if (ContentAccess.seesAll(actor) || newest.status().isOpen() || newest.status() == ContentStatus.REJECTED) {
            return Optional.of(newest);
        }
        Integer approved = item.get().approvedVersion();
        return visible.stream().filter(v -> approved != null && v.version() == approved).findFirst()
                .or(() -> Optional.of(newest));
    }

    public Optional<ContentItem> item(Actor actor, String id) {
        AccessPolicy.require(actor, Permission.READ_APPROVED_CONTENT);
        return repo.item(id).filter(i -> ContentAccess.seesAll(actor) || i.isLive() || !history(actor, id).isEmpty());
    }

    /** The reviewer's queue: submitted versions, oldest first. */
    public List<ContentVersion> reviewQueue(Actor actor) {
        AccessPolicy.require(actor, Permission.REVIEW_CONTENT);
        return repo.submitted();
    }

    /**
     * What a submission is compared with: the approved version when there is one, else the newest earlier version
     * (what was rejected), else nothing (new content).
     */
    public Optional<ContentVersion> reviewBase(Actor actor, ContentVersion submission) {
        AccessPolicy.require(actor, Permission.REVIEW_CONTENT);
        Optional<ContentItem> item = repo.item(submission.contentId());
        Integer approved = item.map(ContentItem::approvedVersion).orElse(null);
        if (approved != null && approved != submission.version()) {
            return repo.version(submission.contentId(), approved);
        }
        return submission.version() > 1 ? repo.version(submission.contentId(), submission.version() - 1)
                : Optional.empty();
    }

    public List<String> scenes() {
        return repo.scenes();
    }

    /** Replaces the scene list (editors only). Blank and duplicate names are dropped. */
    public void saveScenes(Actor actor, List<String> scenes) {
        AccessPolicy.require(actor, Permission.EDIT_CONTENT);
        repo.saveScenes(scenes.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList());
    }
}
