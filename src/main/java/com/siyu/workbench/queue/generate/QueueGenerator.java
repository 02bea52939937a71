package com.siyu.workbench.queue.generate;

import com.siyu.workbench.queue.ApprovedContent;
import com.siyu.workbench.queue.ApprovedContentSource;
import com.siyu.workbench.queue.TaskStatus;
import com.siyu.workbench.queue.rules.RuleRepository;
import com.siyu.workbench.queue.rules.SopRule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates one member's queue for one day from the local copy (works offline): reads the facts in bulk, asks the
 * {@link QueuePlanner} what the rules want, reconciles that with the tasks already there and writes the difference
 * in one transaction. Deterministic and idempotent: a second run with the same data changes nothing.
 */
public final class QueueGenerator {
    /** The welcome message greet tasks show (seeded by the content feature). */
    public static final String WELCOME_CONTENT = com.siyu.workbench.content.DemoContent.WELCOME_DEFAULT;
    private static final Logger LOG = LoggerFactory.getLogger(QueueGenerator.class);

    private final RuleRepository rules;
    private final ApprovedContentSource content;
    private final FactsLoader facts;
    private final GenerationRepository store;
    private final QueuePlanner planner;
    private final Clock clock;

    public QueueGenerator(RuleRepository rules, ApprovedContentSource content, FactsLoader facts,
                          GenerationRepository store, Clock clock) {
        this.rules = rules;
        this.content = content;
        this.facts = facts;
        this.store = store;
        this.planner = new QueuePlanner(clock.getZone());
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Generates {@code day} unless it was generated already (the CLI, opening a past day). */
    public boolean generateIfNeeded(String member, LocalDate day) {
        if (store.generated(member, day)) {
            return false;
        }
        generate(member, day);
        return true;
    }

    public GenerationResult generate(String member, LocalDate day) {
        long start = System.nanoTime();
        List<SopRule> enabled = rules.enabled();
        Map<String, ApprovedContent> approved = content.approved(contentIds(enabled));
        Optional<LocalDate> first = store.firstGenerated(member);
        int today = (int) day.toEpochDay();
        int catchUpFrom = store.lastGeneratedBefore(member, day)
                .map(last -> Math.max((int) last.toEpochDay() + 1, today - QueuePlanner.CATCH_UP_DAYS))
                .orElse(today);
        // Greets reach back a week for contacts synced late, but not to before the member's first queue: a fresh
        // install does not greet last week's customers all at once.
        int greetFrom = Math.max(today - QueuePlanner.CATCH_UP_DAYS,
                first.map(d -> (int) d.toEpochDay()).orElse(today));
        List<ExistingTask> existing = store.existing(member, day.minusDays(QueuePlanner.CATCH_UP_DAYS + 1L));
        // Stop conditions are checked for unfinished tasks, so their contacts are read whatever the windows say.
        Set<String> unfinished = new HashSet<>();
        Set<String> revised = new HashSet<>();
        Map<String, Integer> revisions = new HashMap<>();
        enabled.forEach(r -> revisions.put(r.id(), r.revision()));
        for (ExistingTask t : existing) {
            if (t.status().unfinished()) {
                unfinished.add(t.contact());
            }
            if (t.status().untouched() && t.ruleId() != null
                    && !Integer.valueOf(t.ruleRevision()).equals(revisions.get(t.ruleId()))) {
                revised.add(t.ruleId());
            }
        }
        FactsLoader.Loaded loaded = facts.load(new FactsLoader.Request(member, day, FactNeeds.of(enabled),
                windows(enabled, approved, catchUpFrom, today, revised), greetFrom, unfinished,
                savedFilters(enabled), first.isEmpty()));
        List<Candidate> candidates = planner.plan(enabled, approved, loaded.facts(), day,
                approved.get(WELCOME_CONTENT));
        Reconciliation changes = Reconciler.reconcile(candidates, existing, enabled, loaded.facts(), today,
                new Reconciler.Window(catchUpFrom, greetFrom), store.sendsByOthers(member, day));
        int inserted = store.apply(member, day, changes, loaded.tagChanges(), clock.instant());
        int held = (int) changes.inserts().stream().filter(i -> i.status() == TaskStatus.HELD).count();
        GenerationResult result = new GenerationResult(member, day, candidates.size(), inserted, held,
                changes.updates().size(), changes.deletes().size(), changes.cancels().size(), changes.moves().size(),
                (System.nanoTime() - start) / 1_000_000);
        LOG.info("Queue generated: {} ({} contacts looked at)", result, loaded.facts().contacts().size());
        return result;
    }

    /** What the rules would put in the member's day, without writing anything (the rule editor's preview). */
    public List<Candidate> preview(List<SopRule> rulesToTry, String member, LocalDate day) {
        Map<String, ApprovedContent> approved = content.approved(contentIds(rulesToTry));
        int today = (int) day.toEpochDay();
        FactsLoader.Loaded loaded = facts.load(new FactsLoader.Request(member, day, FactNeeds.of(rulesToTry),
                EventWindow.of(rulesToTry, approved, today, today), today, Set.of(), savedFilters(rulesToTry), true));
        List<Candidate> due = new ArrayList<>();
        for (Candidate c : planner.plan(rulesToTry, approved, loaded.facts(), day, null)) {
            if (c.scheduledDay() == today && c.ruleId() != null) {
                due.add(c);
            }
        }
        return due;
    }

    /**
     * Which trigger events to look for: since the last generation (usually today only), and the whole catch-up week
     * for a rule with untouched tasks of an older revision (those are brought up to date or dropped).
     */
    private static List<EventWindow> windows(List<SopRule> enabled, Map<String, ApprovedContent> approved,
                                             int catchUpFrom, int today, Set<String> revised) {
        List<EventWindow> windows = new ArrayList<>();
        for (SopRule rule : enabled) {
            int from = revised.contains(rule.id()) ? today - QueuePlanner.CATCH_UP_DAYS : catchUpFrom;
            String id = rule.action().contentId();
            windows.add(EventWindow.of(rule, id == null ? null : approved.get(id), from, today));
        }
        return windows;
    }

    private static Set<String> contentIds(List<SopRule> rules) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(WELCOME_CONTENT);
        for (SopRule rule : rules) {
            if (rule.action().contentId() != null) {
                ids.add(rule.action().contentId());
            }
        }
        return ids;
    }

    private static Set<String> savedFilters(List<SopRule> rules) {
        Set<String> ids = new LinkedHashSet<>();
        for (SopRule rule : rules) {
            if (rule.audience().savedFilterId() != null) {
                ids.add(rule.audience().savedFilterId());
            }
        }
        return ids;
    }
}
