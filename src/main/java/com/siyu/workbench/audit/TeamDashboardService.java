package com.siyu.workbench.audit;

import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The lead's team dashboard. Only actors with {@code VIEW_TEAM_DASHBOARD} get one, and only over their own team
 * ({@link TeamScopeResolver}). Figures per rep come from SQL aggregates; stores and the team add the reps' counts up,
 * and the median time to first touch is computed by SQL for every rep, store and the team separately. Sales
 * credited to the reps and their channels come from {@link SalesAttribution} (the contacts feature's definitions),
 * read once per load: the 业绩归因 tab and the reps table's 成交单数 / 成交额 columns are the same figures.
 */
public final class TeamDashboardService {
    static final String TEAM = "*";

    private final TeamScopeResolver scopes;
    private final DashboardRepository repository;
    private final SalesAttribution attribution;
    private final Clock clock;

    public TeamDashboardService(TeamScopeResolver scopes, DashboardRepository repository,
                                SalesAttribution attribution, Clock clock) {
        this.scopes = scopes;
        this.repository = repository;
        this.attribution = attribution;
        this.clock = clock;
    }

    /** The departments and reps {@code actor} may look at. */
    public TeamScope scope(Actor actor) {
        AccessPolicy.require(actor, Permission.VIEW_TEAM_DASHBOARD);
        return scopes.scopeOf(actor);
    }

    /** The dashboard over {@code range}, for the whole team or one of its departments ({@code departmentId}). */
    public TeamDashboard load(Actor actor, DateRange range, Integer departmentId) {
        TeamScope scope = scope(actor);
        if (departmentId != null) {
            if (!scope.departments().containsKey(departmentId)) {
                throw new OutsideTeamException(actor, Permission.VIEW_TEAM_DASHBOARD);
            }
            scope = scope.onlyDepartment(departmentId);
        }
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        RepAggregates agg = repository.repAggregates(scope.userids(), range, today, zone);
        Map<String, UnitFigures.FirstTouch> touch = repository.firstTouch(groups(scope), range, zone);
        SalesBreakdown sales = sales(scope, range, zone);
        Map<String, UnitFigures.Sales> credited = new HashMap<>();
        sales.reps().forEach(r -> credited.put(r.member().userid(),
                new UnitFigures.Sales(r.sales().orders(), r.sales().revenueCents())));

        List<RepFigures> reps = new ArrayList<>();
        for (TeamMember m : scope.members()) {
            String u = m.userid();
            List<ContentUsage> content = sorted(agg.content().getOrDefault(u, List.of()));
            UnitFigures figures = new UnitFigures(agg.tasks().getOrDefault(u, UnitFigures.Tasks.ZERO),
                    touch.getOrDefault(repKey(u), UnitFigures.FirstTouch.NONE),
                    agg.messages().getOrDefault(u, UnitFigures.MessageTasks.ZERO),
                    agg.retention().getOrDefault(u, UnitFigures.Retention.ZERO),
                    agg.behavior().getOrDefault(u, UnitFigures.Behavior.ZERO),
                    contentUse(content), credited.getOrDefault(u, UnitFigures.Sales.ZERO),
                    agg.logEntries().getOrDefault(u, 0L));
            reps.add(new RepFigures(m, figures, everyDay(range, agg.days().getOrDefault(u, List.of())),
                    everyWeek(range, agg.weeks().getOrDefault(u, List.of())),
                    agg.skipReasons().getOrDefault(u, List.of()), content));
        }
        List<StoreFigures> stores = new ArrayList<>();
        for (Map.Entry<Integer, String> dept : scope.departments().entrySet()) {
            List<RepFigures> inStore = reps.stream()
                    .filter(r -> r.member().departments().contains(dept.getKey())).toList();
            if (!inStore.isEmpty()) {
                stores.add(new StoreFigures(dept.getKey(), dept.getValue(), inStore.size(),
                        total(inStore, touch.getOrDefault(storeKey(dept.getKey()), UnitFigures.FirstTouch.NONE))));
            }
        }
        UnitFigures team = total(reps, touch.getOrDefault(TEAM, UnitFigures.FirstTouch.NONE));
        return new TeamDashboard(range, today, scope, team, stores, reps,
                everyDay(range, flatten(reps, RepFigures::trend)), everyWeek(range, flatten(reps, RepFigures::weeks)),
                mergeReasons(flatten(reps, RepFigures::skipReasons)), mergeContent(flatten(reps, RepFigures::content)),
                sales);
    }

    /** 业绩归因 for the reps in scope only; every one of them gets a row, with zeros when nothing was credited. */
    private SalesBreakdown sales(TeamScope scope, DateRange range, ZoneId zone) {
        if (scope.members().isEmpty()) {
            return SalesBreakdown.NONE;
        }
        TeamSales credited = attribution.credited(range.start(zone), range.end(zone), scope.userids());
        Map<String, AttributedSales> byRep = new HashMap<>();
        credited.reps().forEach(s -> byRep.put(s.key(), s));
        List<RepSales> reps = scope.members().stream()
                .map(m -> new RepSales(m, byRep.getOrDefault(m.userid(), AttributedSales.none(m.userid(), m.name()))))
                .sorted(Comparator.comparingLong((RepSales r) -> r.sales().revenueCents()).reversed())
                .toList();
        return new SalesBreakdown(credited.total(), reps, credited.channels());
    }

    static String repKey(String userid) {
        return "r:" + userid;
    }

    static String storeKey(int departmentId) {
        return "d:" + departmentId;
    }

    private static Map<String, List<String>> groups(TeamScope scope) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        scope.members().forEach(m -> groups.put(repKey(m.userid()), List.of(m.userid())));
        scope.departments().keySet().forEach(id -> groups.put(storeKey(id), scope.members().stream()
                .filter(m -> m.departments().contains(id)).map(TeamMember::userid).toList()));
        groups.put(TEAM, scope.members().stream().map(TeamMember::userid).toList());
        return groups;
    }

    private static UnitFigures total(List<RepFigures> reps, UnitFigures.FirstTouch touch) {
        UnitFigures sum = UnitFigures.ZERO;
        Set<String> items = new HashSet<>();
        for (RepFigures r : reps) {
            sum = sum.plus(r.figures());
            r.content().forEach(c -> items.add(c.contentId()));
        }
        return new UnitFigures(sum.tasks(), touch, sum.messages(), sum.retention(), sum.behavior(),
                sum.content().withDistinct(items.size()), sum.sales(), sum.logEntries());
    }

    private static UnitFigures.ContentUse contentUse(List<ContentUsage> content) {
        return new UnitFigures.ContentUse(content.stream().mapToLong(ContentUsage::tasks).sum(),
                content.stream().mapToLong(ContentUsage::sends).sum(), content.size());
    }

    private static <T> List<T> flatten(List<RepFigures> reps, Function<RepFigures, List<T>> part) {
        List<T> all = new ArrayList<>();
        reps.forEach(r -> all.addAll(part.apply(r)));
        return all;
    }

    /** One entry per day of the range (zero where nothing was due), summed per day. */
    private static List<DailyCompletion> everyDay(DateRange range, Collection<DailyCompletion> rows) {
        Map<LocalDate, DailyCompletion> byDay = new TreeMap<>();
        for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
            byDay.put(d, new DailyCompletion(d, 0, 0));
        }
        rows.forEach(r -> byDay.merge(r.day(), r, DailyCompletion::plus));
        return List.copyOf(byDay.values());
    }

    private static List<WeeklyRetention> everyWeek(DateRange range, Collection<WeeklyRetention> rows) {
        Map<LocalDate, WeeklyRetention> byWeek = new TreeMap<>();
        for (LocalDate w = range.firstWeekStart(); !w.isAfter(range.to()); w = w.plusWeeks(1)) {
            byWeek.put(w, new WeeklyRetention(w, 0, 0));
        }
        rows.forEach(r -> byWeek.merge(r.weekStart(), r, WeeklyRetention::plus));
        return List.copyOf(byWeek.values());
    }

    private static List<SkipReasonCount> mergeReasons(List<SkipReasonCount> rows) {
        Map<String, SkipReasonCount> byReason = new LinkedHashMap<>();
        rows.forEach(r -> byReason.merge(r.reason(), r, SkipReasonCount::plus));
        return byReason.values().stream()
                .sorted(Comparator.comparingLong(SkipReasonCount::count).reversed()
                        .thenComparing(SkipReasonCount::reason)).toList();
    }

    private static List<ContentUsage> mergeContent(List<ContentUsage> rows) {
        Map<String, ContentUsage> byItem = new LinkedHashMap<>();
        rows.forEach(r -> byItem.merge(r.contentId(), r, ContentUsage::plus));
        return sorted(byItem.values());
    }

    private static List<ContentUsage> sorted(Collection<ContentUsage> rows) {
        return rows.stream().sorted(Comparator.comparingLong(ContentUsage::uses).reversed()
                .thenComparing(ContentUsage::contentId)).toList();
    }
}
