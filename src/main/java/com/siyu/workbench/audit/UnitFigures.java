package com.siyu.workbench.audit;

/**
 * The figures of one unit — a rep, a store or the whole team — over a date range. Counts add up from reps to stores
 * to the team; rates are derived from the counts, and the median time to first touch is computed per unit.
 */
public record UnitFigures(Tasks tasks, FirstTouch firstTouch, MessageTasks messages, Retention retention,
                          Behavior behavior, ContentUse content, Sales sales, long logEntries) {
    public static final UnitFigures ZERO = new UnitFigures(Tasks.ZERO, FirstTouch.NONE, MessageTasks.ZERO,
            Retention.ZERO, Behavior.ZERO, ContentUse.ZERO, Sales.ZERO, 0);

    /** Adds the counts; the first-touch median is not additive and is set by the caller for the sum. */
    public UnitFigures plus(UnitFigures o) {
        return new UnitFigures(tasks.plus(o.tasks), FirstTouch.NONE, messages.plus(o.messages),
                retention.plus(o.retention), behavior.plus(o.behavior), content.plus(o.content), sales.plus(o.sales),
                logEntries + o.logEntries);
    }

    public UnitFigures withFirstTouch(FirstTouch touch) {
        return new UnitFigures(tasks, touch, messages, retention, behavior, content, sales, logEntries);
    }

    /**
     * Tasks whose due day is in the range, CANCELLED (sequence stopped) and HELD (moved to another day) left out.
     * Done = DONE or SENT. Overdue = still OPEN or SNOOZED with a due day before today.
     */
    public record Tasks(long due, long done, long skipped, long overdue) {
        public static final Tasks ZERO = new Tasks(0, 0, 0, 0);

        public Tasks plus(Tasks o) {
            return new Tasks(due + o.due, done + o.done, skipped + o.skipped, overdue + o.overdue);
        }

        /** done / due; null when nothing was due. */
        public Double completionRate() {
            return due == 0 ? null : (double) done / due;
        }
    }

    /**
     * Contacts added in the range and how long the rep took to first reach them (any touch but the customer's own
     * reply, at or after the add). {@code medianMinutes} is over the touched ones; null when none was touched.
     */
    public record FirstTouch(Double medianMinutes, long touched, long untouched) {
        public static final FirstTouch NONE = new FirstTouch(null, 0, 0);
    }

    /** WeCom message tasks (add_msg_template) created in the range, and how many the member confirmed sending. */
    public record MessageTasks(long created, long sent, long failed) {
        public static final MessageTasks ZERO = new MessageTasks(0, 0, 0);

        public MessageTasks plus(MessageTasks o) {
            return new MessageTasks(created + o.created, sent + o.sent, failed + o.failed);
        }

        public Double confirmedRate() {
            return created == 0 ? null : (double) sent / created;
        }
    }

    /**
     * Contacts gained (added in the range) and lost (deleted the member in the range); {@code gainedThenLost} of the
     * gained ones were lost again before the range ended ("引流100人，删除40人").
     */
    public record Retention(long gained, long lost, long gainedThenLost) {
        public static final Retention ZERO = new Retention(0, 0, 0);

        public Retention plus(Retention o) {
            return new Retention(gained + o.gained, lost + o.lost, gainedThenLost + o.gainedThenLost);
        }

        /** Share of the contacts gained in the range still there at its end; null when none was gained. */
        public Double retentionRate() {
            return gained == 0 ? null : (double) (gained - gainedThenLost) / gained;
        }

        public long net() {
            return gained - lost;
        }
    }

    /**
     * WeCom 联系客户统计 summed over the days of the range. reply_percentage and avg_reply_time are averaged over the
     * days that have them, weighted by that day's chat_cnt (a busy day counts more than a quiet one); the weighted
     * sums are kept so stores and the team average the same way.
     */
    public record Behavior(long chatCnt, long messageCnt, double replyPercentageSum, long replyPercentageWeight,
                           double replyTimeSum, long replyTimeWeight, long newApplyCnt, long newContactCnt,
                           long negativeFeedbackCnt, long days) {
        public static final Behavior ZERO = new Behavior(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Behavior plus(Behavior o) {
            return new Behavior(chatCnt + o.chatCnt, messageCnt + o.messageCnt,
                    replyPercentageSum + o.replyPercentageSum, replyPercentageWeight + o.replyPercentageWeight,
                    replyTimeSum + o.replyTimeSum, replyTimeWeight + o.replyTimeWeight, newApplyCnt + o.newApplyCnt,
                    newContactCnt + o.newContactCnt, negativeFeedbackCnt + o.negativeFeedbackCnt, days + o.days);
        }

        /** Percent (60.25 means 60.25 %), or null without chats. */
        public Double replyPercentage() {
            return replyPercentageWeight == 0 ? null : replyPercentageSum / replyPercentageWeight;
        }

        /** Minutes, or null without chats. */
        public Double avgReplyTime() {
            return replyTimeWeight == 0 ? null : replyTimeSum / replyTimeWeight;
        }
    }

    /**
     * Scripts and content used: done tasks that carried a content id, and sends/copies of content logged
     * ({@code task.sent}, {@code task.copied}); {@code distinctItems} is set per unit.
     */
    public record ContentUse(long tasks, long sends, long distinctItems) {
        public static final ContentUse ZERO = new ContentUse(0, 0, 0);

        public ContentUse plus(ContentUse o) {
            return new ContentUse(tasks + o.tasks, sends + o.sends, 0);
        }

        public ContentUse withDistinct(long items) {
            return new ContentUse(tasks, sends, items);
        }
    }

    /**
     * Orders credited to the rep ({@code orders.credited_userid}, "谁的流量谁负责") placed in the range: 人效.
     * Amounts are integer cents, as stored.
     */
    public record Sales(long orders, long amountCents) {
        public static final Sales ZERO = new Sales(0, 0);

        public Sales plus(Sales o) {
            return new Sales(orders + o.orders, amountCents + o.amountCents);
        }

        /** Yuan, for display and export. */
        public double amountYuan() {
            return amountCents / 100.0;
        }
    }
}
