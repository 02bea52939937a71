package com.siyu.workbench.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The dashboard's figures computed the plain way: loops over what the generator wrote, no SQL. */
final class ExpectedFigures {
    private final TeamDataset data;
    private final DateRange range;
    private final LocalDate today;
    private final long start;
    private final long end;

    ExpectedFigures(TeamDataset data, DateRange range, LocalDate today) {
        this.data = data;
        this.range = range;
        this.today = today;
        this.start = range.start(data.zone).toEpochMilli();
        this.end = range.end(data.zone).toEpochMilli();
    }

    private boolean inRange(long at) {
        return at >= start && at < end;
    }

    private static boolean counted(TeamDataset.GenTask t) {
        return !t.status().equals("CANCELLED") && !t.status().equals("HELD");
    }

    long[] tasks(Set<String> reps) {
        long due = 0;
        long done = 0;
        long skipped = 0;
        long overdue = 0;
        for (TeamDataset.GenTask t : data.tasks) {
            if (reps.contains(t.rep()) && range.contains(t.due()) && counted(t)) {
                due++;
                done += t.status().equals("DONE") || t.status().equals("SENT") ? 1 : 0;
                skipped += t.status().equals("SKIPPED") ? 1 : 0;
                overdue += (t.status().equals("OPEN") || t.status().equals("SNOOZED")) && t.due().isBefore(today) ? 1 : 0;
            }
        }
        return new long[] {due, done, skipped, overdue};
    }

    /** {median minutes or NaN, touched, untouched}. */
    double[] firstTouch(Set<String> reps) {
        List<Long> deltas = new ArrayList<>();
        long untouched = 0;
        for (TeamDataset.GenFollow f : data.follows) {
            if (!reps.contains(f.rep()) || !inRange(f.addedAt())) {
                continue;
            }
            Long first = null;
            for (TeamDataset.GenTouch t : data.touches) {
                if (t.contact().equals(f.contact()) && t.rep().equals(f.rep()) && !t.kind().equals("REPLIED")
                        && t.at() >= f.addedAt() && (first == null || t.at() < first)) {
                    first = t.at();
                }
            }
            if (first == null) {
                untouched++;
            } else {
                deltas.add(first - f.addedAt());
            }
        }
        deltas.sort(Long::compare);
        double median = Double.NaN;
        int n = deltas.size();
        if (n > 0) {
            median = n % 2 == 1 ? deltas.get(n / 2) : (deltas.get(n / 2 - 1) + deltas.get(n / 2)) / 2.0;
            median /= 60_000.0;
        }
        return new double[] {median, n, untouched};
    }

    long[] messages(Set<String> reps) {
        long created = 0;
        long sent = 0;
        long failed = 0;
        for (TeamDataset.GenMessage m : data.messages) {
            if (reps.contains(m.rep()) && inRange(m.createdAt())) {
                created++;
                sent += m.sendStatus() == 1 ? 1 : 0;
                failed += m.sendStatus() == 2 || m.sendStatus() == 3 ? 1 : 0;
            }
        }
        return new long[] {created, sent, failed};
    }

    /** {chat, messages, reply % (NaN if none), reply minutes (NaN if none), apply, new, negative}. */
    double[] behavior(Set<String> reps) {
        double chat = 0;
        double msgs = 0;
        double pctSum = 0;
        double pctWeight = 0;
        double timeSum = 0;
        double timeWeight = 0;
        double apply = 0;
        double fresh = 0;
        double negative = 0;
        for (TeamDataset.GenBehavior b : data.behavior) {
            if (reps.contains(b.rep()) && range.contains(b.day())) {
                chat += b.chat();
                msgs += b.messages();
                if (b.replyPct() != null) {
                    pctSum += b.replyPct() * b.chat();
                    pctWeight += b.chat();
                }
                if (b.replyTime() != null) {
                    timeSum += b.replyTime() * b.chat();
                    timeWeight += b.chat();
                }
                apply += b.apply();
                fresh += b.newContacts();
                negative += b.negative();
            }
        }
        return new double[] {chat, msgs, pctWeight == 0 ? Double.NaN : pctSum / pctWeight,
            timeWeight == 0 ? Double.NaN : timeSum / timeWeight, apply, fresh, negative};
    }

    long[] retention(Set<String> reps) {
        long gained = 0;
        long lost = 0;
        long gainedThenLost = 0;
        for (TeamDataset.GenFollow f : data.follows) {
            if (!reps.contains(f.rep())) {
                continue;
            }
            if (inRange(f.addedAt())) {
                gained++;
                if (f.lost() && (f.lostAt() == null || f.lostAt() < end)) {
                    gainedThenLost++;
                }
            }
            if (f.lost() && f.lostAt() != null && inRange(f.lostAt())) {
                lost++;
            }
        }
        return new long[] {gained, lost, gainedThenLost};
    }

    /** content id → {tasks, sends}. */
    Map<String, long[]> content(Set<String> reps) {
        Map<String, long[]> used = new TreeMap<>();
        for (TeamDataset.GenTask t : data.tasks) {
            if (reps.contains(t.rep()) && range.contains(t.due()) && t.contentId() != null
                    && (t.status().equals("DONE") || t.status().equals("SENT"))) {
                used.computeIfAbsent(t.contentId(), k -> new long[2])[0]++;
            }
        }
        for (TeamDataset.GenLog l : data.log) {
            if (reps.contains(l.rep()) && inRange(l.at()) && l.contentId() != null
                    && (l.action().equals(Actions.TASK_SENT) || l.action().equals(Actions.TASK_COPIED))) {
                used.computeIfAbsent(l.contentId(), k -> new long[2])[1]++;
            }
        }
        return used;
    }

    /** {orders, amount in cents} credited to the reps in the range. */
    long[] sales(Set<String> reps) {
        long orders = 0;
        long cents = 0;
        for (TeamDataset.GenOrder o : data.orders) {
            if (o.rep() != null && reps.contains(o.rep()) && inRange(o.orderedAt())) {
                orders++;
                cents += o.amountCents();
            }
        }
        return new long[] {orders, cents};
    }

    long logEntries(Set<String> reps) {
        return data.log.stream().filter(l -> reps.contains(l.rep()) && inRange(l.at())).count();
    }

    Map<String, Long> skipReasons(Set<String> reps) {
        Map<String, Long> reasons = new HashMap<>();
        for (TeamDataset.GenTask t : data.tasks) {
            if (reps.contains(t.rep()) && range.contains(t.due()) && t.status().equals("SKIPPED")) {
                reasons.merge(t.reason() == null ? "" : t.reason().strip(), 1L, Long::sum);
            }
        }
        return reasons;
    }

    /** day → {due, done}, every day of the range. */
    Map<LocalDate, long[]> trend(Set<String> reps) {
        Map<LocalDate, long[]> days = new TreeMap<>();
        for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
            days.put(d, new long[2]);
        }
        for (TeamDataset.GenTask t : data.tasks) {
            if (reps.contains(t.rep()) && range.contains(t.due()) && counted(t)) {
                long[] day = days.get(t.due());
                day[0]++;
                day[1] += t.status().equals("DONE") || t.status().equals("SENT") ? 1 : 0;
            }
        }
        return days;
    }

    /** Monday → {gained, lost}. */
    Map<LocalDate, long[]> weeks(Set<String> reps) {
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        for (LocalDate w = range.firstWeekStart(); !w.isAfter(range.to()); w = w.plusWeeks(1)) {
            weeks.put(w, new long[2]);
        }
        for (TeamDataset.GenFollow f : data.follows) {
            if (!reps.contains(f.rep())) {
                continue;
            }
            if (inRange(f.addedAt())) {
                weeks.get(monday(f.addedAt()))[0]++;
            }
            if (f.lost() && f.lostAt() != null && inRange(f.lostAt())) {
                weeks.get(monday(f.lostAt()))[1]++;
            }
        }
        return weeks;
    }

    private LocalDate monday(long at) {
        LocalDate day = java.time.Instant.ofEpochMilli(at).atZone(data.zone).toLocalDate();
        return day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    static Set<String> ids(Collection<TeamDataset.Rep> reps) {
        Set<String> ids = new HashSet<>();
        reps.forEach(r -> ids.add(r.userid()));
        return ids;
    }
}
