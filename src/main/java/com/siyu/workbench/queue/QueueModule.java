package com.siyu.workbench.queue;

import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.contacts.ContactEditService;
import com.siyu.workbench.queue.generate.FactsLoader;
import com.siyu.workbench.queue.generate.JdbcGenerationRepository;
import com.siyu.workbench.queue.generate.QueueGenerator;
import com.siyu.workbench.queue.rules.AudienceResolver;
import com.siyu.workbench.queue.rules.DefaultRules;
import com.siyu.workbench.queue.rules.JdbcRuleChoicesRepository;
import com.siyu.workbench.queue.rules.JdbcRuleRepository;
import com.siyu.workbench.queue.rules.RuleChoicesRepository;
import com.siyu.workbench.queue.rules.RuleRepository;
import com.siyu.workbench.queue.rules.RuleService;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.sync.Outbox;
import java.time.Clock;

/** Builds the queue feature's services once, for {@code app.Workbench} and the CLI. */
public final class QueueModule {
    private final Database db;
    private final Clock clock;
    private final ActivityLog log;
    private final RuleRepository ruleRepository;
    private final RuleService rules;
    private final ApprovedContentSource content;
    private final QueueGenerator generator;
    private final TaskRepository tasks;
    private final MessageRenderer renderer;
    private final TaskActionService actions;
    private final ContactEditService contactEdits;
    private final ReplyService replies;
    private final QueueDayService days;
    private final QueueRefresh refresh;
    private final RuleChoicesRepository ruleChoices;

    /**
     * {@code contactEdits} is the contacts feature's service: the task card's note and tag edits go through it, so a
     * note or tag written from the queue is the same row, outbox item and log entry as one written on the profile.
     */
    public QueueModule(Database db, Clock clock, ActivityLog log, Outbox outbox, AudienceResolver audiences,
                       ContactEditService contactEdits) {
        this.db = db;
        this.clock = clock;
        this.log = log;
        this.ruleRepository = new JdbcRuleRepository(db);
        this.rules = new RuleService(db, ruleRepository, log, clock);
        this.content = new JdbcApprovedContentSource(db);
        this.generator = new QueueGenerator(ruleRepository, content,
                new FactsLoader(db, clock.getZone(), audiences), new JdbcGenerationRepository(db, clock.getZone()),
                clock);
        this.tasks = new JdbcTaskRepository(db);
        this.renderer = new MessageRenderer(db, content);
        this.actions = new TaskActionService(db, tasks, renderer, log, outbox, clock);
        this.contactEdits = contactEdits;
        this.replies = new ReplyService(db, ruleRepository, log, clock);
        this.days = new QueueDayService(db, generator, tasks, clock);
        this.refresh = new QueueRefresh(db, generator);
        this.ruleChoices = new JdbcRuleChoicesRepository(db);
    }

    /** Adds the default SOP rules a fresh database lacks (idempotent; edited or disabled rules stay as they are). */
    public int seedDefaultRules() {
        return DefaultRules.seed(db, ruleRepository, clock);
    }

    public RuleService rules() {
        return rules;
    }

    public ApprovedContentSource content() {
        return content;
    }

    public QueueGenerator generator() {
        return generator;
    }

    public TaskRepository tasks() {
        return tasks;
    }

    public MessageRenderer renderer() {
        return renderer;
    }

    public TaskActionService actions() {
        return actions;
    }

    /** Notes and tag edits from the task card (the contacts feature's service). */
    public ContactEditService contactEdits() {
        return contactEdits;
    }

    /** "The customer replied" from the task card: a touch that stops sequences waiting for a reply. */
    public ReplyService replies() {
        return replies;
    }

    public QueueDayService days() {
        return days;
    }

    /** What the app calls at sign-in, at the day's rollover, after each sync and after a rule edit. */
    public QueueRefresh refresh() {
        return refresh;
    }

    /** What the rule editor's pickers offer (tags, channels, members, content). */
    public RuleChoicesRepository ruleChoices() {
        return ruleChoices;
    }

    public Clock clock() {
        return clock;
    }
}
