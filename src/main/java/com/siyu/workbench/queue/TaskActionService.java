package com.siyu.workbench.queue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.sync.Outbox;
import com.siyu.workbench.sync.OutboxItem;
import com.siyu.workbench.sync.OutboxKind;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a guide does with a task: send, copy, done, skip, snooze. Each action is one transaction holding the task's
 * new status, the touch it made ({@code contact_touches}), the activity-log entry and, for a send, the outbox item
 * (add_msg_template for this one customer, this member as sender): it works offline and nothing is half-done.
 */
public final class TaskActionService {
    /** WeCom's limit for add_msg_template text. */
    static final int MAX_TEXT_BYTES = 4000;

    private final Database db;
    private final TaskRepository tasks;
    private final MessageRenderer renderer;
    private final ActivityLog log;
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper json = Json.newMapper();

    public TaskActionService(Database db, TaskRepository tasks, MessageRenderer renderer, ActivityLog log,
                             Outbox outbox, Clock clock) {
        this.db = db;
        this.tasks = tasks;
        this.renderer = renderer;
        this.log = log;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Queues the task's message as a WeCom message task, or holds it to tomorrow when today's quota is used. */
    public SendOutcome send(Actor actor, String taskId) {
        TaskCard task = openTask(actor, taskId);
        if (task.status() == TaskStatus.SENT) {
            return SendOutcome.SENT;
        }
        if (task.lost()) {
            throw new QueueActionException("queue.action.error.lost");
        }
        RenderedMessage message = renderer.render(task)
                .orElseThrow(() -> new QueueActionException("queue.action.error.noContent"));
        int bytes = message.text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_TEXT_BYTES) {
            throw new QueueActionException("queue.action.error.tooLong", bytes, MAX_TEXT_BYTES);
        }
        Instant now = clock.instant();
        return db.inTransaction(c -> {
            if (alreadyReceivedToday(c, task, now)) {
                tasks.hold(c, taskId, today().plusDays(1), StatusReason.CAP_DAILY);
                return SendOutcome.HELD;
            }
            requireChanged(tasks.finish(c, taskId, TaskStatus.SENT, null, now));
            long outboxId = outbox.enqueue(new OutboxItem("send:" + taskId, OutboxKind.MSG_TEMPLATE.name(),
                    task.contactId(), payload(actor, task, message), actor.userid()));
            touch(c, task, task.kind() == TaskKind.INVITE ? "INVITED" : "SENT", now);
            log.append(event(actor, Actions.TASK_SENT, task).withDetails(Map.of("outbox", outboxId)));
            return SendOutcome.SENT;
        });
    }

    /** The guide copied the text to paste it into WeCom herself: the task is done. */
    public void copied(Actor actor, String taskId) {
        TaskCard task = openTask(actor, taskId);
        Instant now = clock.instant();
        db.write(c -> {
            requireChanged(tasks.finish(c, taskId, TaskStatus.DONE, StatusReason.COPIED.name(), now));
            touch(c, task, "COPIED", now);
            log.append(event(actor, Actions.TASK_COPIED, task));
        });
    }

    public void done(Actor actor, String taskId) {
        TaskCard task = openTask(actor, taskId);
        Instant now = clock.instant();
        db.write(c -> {
            requireChanged(tasks.finish(c, taskId, TaskStatus.DONE, null, now));
            touch(c, task, task.kind() == TaskKind.CALL ? "CALLED" : "DONE", now);
            log.append(event(actor, Actions.TASK_DONE, task));
        });
    }

    /** Skips the task; the reason (picked or typed) is required and kept with the task and in the log. */
    public void skip(Actor actor, String taskId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new QueueActionException("queue.action.error.reasonRequired");
        }
        TaskCard task = openTask(actor, taskId);
        String why = reason.strip();
        db.write(c -> {
            requireChanged(tasks.finish(c, taskId, TaskStatus.SKIPPED, why, clock.instant()));
            log.append(event(actor, Actions.TASK_SKIPPED, task).withDetails(Map.of("reason", why)));
        });
    }

    /** Puts the task aside until {@code until}; a later day moves it to that day. */
    public void snooze(Actor actor, String taskId, Instant until) {
        TaskCard task = openTask(actor, taskId);
        if (!until.isAfter(clock.instant())) {
            throw new QueueActionException("queue.action.error.snoozePast");
        }
        LocalDate untilDay = until.atZone(clock.getZone()).toLocalDate();
        LocalDate due = untilDay.isAfter(task.dueDate()) ? untilDay : task.dueDate();
        db.write(c -> {
            tasks.snooze(c, taskId, until, due);
            log.append(event(actor, Actions.TASK_SNOOZED, task).withDetails(Map.of("until", until.toString())));
        });
    }

    private TaskCard openTask(Actor actor, String taskId) {
        AccessPolicy.require(actor, Permission.WORK_OWN_QUEUE);
        TaskCard task = tasks.find(taskId).orElseThrow(() -> new QueueActionException("queue.action.error.gone"));
        if (!task.memberUserid().equals(actor.userid())) {
            throw new AccessDeniedException(actor, Permission.WORK_OWN_QUEUE);
        }
        // SENT stays acceptable so a repeated send is a harmless no-op; the status update refuses the rest.
        boolean workable = task.status() == TaskStatus.OPEN || task.status() == TaskStatus.SNOOZED
                || task.status() == TaskStatus.SENT;
        if (!workable) {
            throw new QueueActionException("queue.action.error.notOpen");
        }
        return task;
    }

    private static void requireChanged(boolean changed) {
        if (!changed) {
            throw new QueueActionException("queue.action.error.notOpen");
        }
    }

    /** WeCom delivers one template message per customer per day, from whichever member. */
    private boolean alreadyReceivedToday(Connection c, TaskCard task, Instant now) throws SQLException {
        Instant dayStart = today().atStartOfDay(clock.getZone()).toInstant();
        return Sql.queryLong(c, "SELECT COUNT(*) FROM outbox WHERE kind = ? AND ordering_key = ? AND created_at >= ?"
                + " AND idempotency_key <> ?", OutboxKind.MSG_TEMPLATE.name(), task.contactId(), dayStart,
                "send:" + task.id()) > 0;
    }

    private String payload(Actor actor, TaskCard task, RenderedMessage message) {
        ObjectNode body = json.createObjectNode();
        body.put("chat_type", "single");
        body.putArray("external_userid").add(task.contactId());
        body.put("sender", actor.userid());
        body.putObject("text").put("content", message.text());
        ArrayNode attachments = body.putArray("attachments");
        if (message.attachmentsJson() != null && !message.attachmentsJson().isBlank()) {
            try {
                json.readTree(message.attachmentsJson()).forEach(attachments::add);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new QueueActionException("queue.action.error.attachments");
            }
        }
        return body.toString();
    }

    private static void touch(Connection c, TaskCard task, String kind, Instant at) throws SQLException {
        Sql.update(c, "INSERT INTO contact_touches (external_userid, userid, kind, touched_at, task_id)"
                + " VALUES (?, ?, ?, ?, ?)", task.contactId(), task.memberUserid(), kind, at, task.id());
    }

    private static ActivityEvent event(Actor actor, String action, TaskCard task) {
        return ActivityEvent.of(actor.userid(), action).withContact(task.contactId()).withTask(task.id())
                .withContent(task.contentId(), task.contentVersion());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
