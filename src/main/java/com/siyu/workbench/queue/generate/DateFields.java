package com.siyu.workbench.queue.generate;

import com.siyu.workbench.queue.rules.Trigger;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads customer dates: {@code contact_dates} values ('YYYY-MM-DD' or '--MM-DD') and, as a fallback, a birthday
 * written in the WeCom follow description the way guides write it ("生日 5-12", "生日：1990年5月12日").
 */
public final class DateFields {
    private static final Pattern DESCRIPTION_BIRTHDAY = Pattern.compile(
            "生日\\s*[:：]?\\s*(?:\\d{4}\\s*[-/.年]\\s*)?(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");

    private DateFields() {
    }

    public static Optional<MonthDay> parseStored(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            if (text.startsWith("--")) {
                return Optional.of(MonthDay.parse(text));
            }
            if (text.length() >= 10) {
                return Optional.of(MonthDay.from(java.time.LocalDate.parse(text.substring(0, 10))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The birthday in a follow description, if a guide wrote one. */
    public static Optional<MonthDay> birthdayIn(String description) {
        if (description == null || !description.contains("生日")) {
            return Optional.empty();
        }
        Matcher m = DESCRIPTION_BIRTHDAY.matcher(description);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public static boolean isKnownField(String field) {
        return Trigger.BIRTHDAY.equals(field) || Trigger.ANNIVERSARY.equals(field);
    }
}
