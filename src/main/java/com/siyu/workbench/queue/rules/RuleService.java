package com.siyu.workbench.queue.rules;

import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.store.Database;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading and editing SOP rules for a person: guides (and leads, admins) read, admins and leads edit. Every edit
 * raises the rule's revision and is logged in the same transaction, so the log shows who changed which rule when.
 */
public final class RuleService {
    private final Database db;
    private final RuleRepository rules;
    private final ActivityLog log;
    private final Clock clock;

    public RuleService(Database db, RuleRepository rules, ActivityLog log, Clock clock) {
        this.db = db;
        this.rules = rules;
        this.log = log;
        this.clock = clock;
    }

    public List<SopRule> list(Actor actor) {
        AccessPolicy.require(actor, Permission.READ_RULES);
        return rules.all();
    }

    public Optional<SopRule> find(Actor actor, String id) {
        AccessPolicy.require(actor, Permission.READ_RULES);
        return rules.find(id);
    }

    public boolean canEdit(Actor actor) {
        return AccessPolicy.allows(actor, Permission.EDIT_RULES);
    }

    /** A fresh id for a rule being created. */
    public String newId() {
        return "rule-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Saves a new or edited rule. An unchanged rule is not re-saved (its revision stays, its tasks stay).
     *
     * @throws RuleValidationException when the rule has problems; nothing is written
     */
    public SopRule save(Actor actor, SopRule edited) {
        AccessPolicy.require(actor, Permission.EDIT_RULES);
        List<RuleProblem> problems = RuleValidator.check(edited);
        if (!problems.isEmpty()) {
            throw new RuleValidationException(problems);
        }
        return db.inTransaction(c -> {
            Optional<SopRule> before = rules.find(edited.id());
            if (before.isPresent() && sameContent(before.get(), edited)) {
                return before.get();
            }
            int revision = before.map(r -> r.revision() + 1).orElse(1);
            SopRule saved = edited.revised(revision, actor.userid(), clock.instant());
            rules.save(saved);
            log.append(ActivityEvent.of(actor.userid(), Actions.RULE_EDITED).withDetails(Map.of(
                    "rule", saved.id(), "name", saved.name(), "revision", revision, "enabled", saved.enabled(),
                    "change", before.isEmpty() ? "created" : "edited")));
            return saved;
        });
    }

    public SopRule setEnabled(Actor actor, String id, boolean enabled) {
        AccessPolicy.require(actor, Permission.EDIT_RULES);
        SopRule rule = rules.find(id).orElseThrow(() -> new IllegalArgumentException("No rule " + id));
        return save(actor, rule.withEnabled(enabled));
    }

    private static boolean sameContent(SopRule a, SopRule b) {
        return a.name().equals(b.name()) && a.enabled() == b.enabled() && a.priority() == b.priority()
                && a.trigger().equals(b.trigger()) && a.audience().equals(b.audience())
                && a.action().equals(b.action()) && a.timing().equals(b.timing()) && a.stop().equals(b.stop())
                && a.cap().equals(b.cap());
    }
}
