package com.siyu.workbench.content.lint;

import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.store.Database;
import java.util.List;
import java.util.Map;

/**
 * The current word lists and the linter built from them. Admins (MANAGE_SETTINGS) and reviewers (REVIEW_CONTENT)
 * may edit the lists; every edit is logged as a settings change.
 */
public final class LintSettings {
    private final Database db;
    private final LintListRepository lists;
    private final ActivityLog log;

    public LintSettings(Database db, LintListRepository lists, ActivityLog log) {
        this.db = db;
        this.lists = lists;
        this.log = log;
    }

    public LintVocabulary vocabulary() {
        return new LintVocabulary(lists.edited());
    }

    public ContentLinter linter() {
        return new ContentLinter(vocabulary());
    }

    public void update(Actor actor, LintList list, List<String> words) {
        requireMayEdit(actor);
        db.write(c -> {
            lists.save(list, words.stream().map(String::strip).filter(w -> !w.isEmpty()).distinct().toList(),
                    actor.userid());
            log.append(ActivityEvent.of(actor.userid(), Actions.SETTINGS_CHANGED)
                    .withDetails(Map.of("lintList", list.name(), "words", words.size())));
        });
    }

    /** Back to the list that ships with the workbench. */
    public void reset(Actor actor, LintList list) {
        requireMayEdit(actor);
        db.write(c -> {
            lists.reset(list);
            log.append(ActivityEvent.of(actor.userid(), Actions.SETTINGS_CHANGED)
                    .withDetails(Map.of("lintList", list.name(), "reset", true)));
        });
    }

    private static void requireMayEdit(Actor actor) {
        if (!AccessPolicy.allows(actor, Permission.MANAGE_SETTINGS)) {
            AccessPolicy.require(actor, Permission.REVIEW_CONTENT);
        }
    }
}
