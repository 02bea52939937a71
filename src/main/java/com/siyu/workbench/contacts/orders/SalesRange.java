package com.siyu.workbench.contacts.orders;

import java.time.LocalDate;
import java.time.ZoneId;

/** The periods the attribution tab offers, each ending today (whole days, in the corp's zone). */
public enum SalesRange {
    LAST_30_DAYS, THIS_MONTH, LAST_MONTH, LAST_90_DAYS, THIS_YEAR;

    public Period period(LocalDate today, ZoneId zone) {
        return switch (this) {
            case LAST_30_DAYS -> Period.days(today.minusDays(29), today, zone);
            case THIS_MONTH -> Period.days(today.withDayOfMonth(1), today, zone);
            case LAST_MONTH -> Period.days(today.minusMonths(1).withDayOfMonth(1),
                    today.withDayOfMonth(1).minusDays(1), zone);
            case LAST_90_DAYS -> Period.days(today.minusDays(89), today, zone);
            case THIS_YEAR -> Period.days(today.withDayOfYear(1), today, zone);
        };
    }
}
