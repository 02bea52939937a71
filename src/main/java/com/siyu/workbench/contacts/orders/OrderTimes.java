package com.siyu.workbench.contacts.orders;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Order times as exports write them: "2026-11-23 14:05:00", "2026/11/23 14:05", "2026年11月23日", ISO with "T",
 * or epoch seconds / milliseconds. Local times are in the shop's zone (Asia/Shanghai).
 */
final class OrderTimes {
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:\\s+(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.\\d+)?)?)?");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
    private static final Pattern ZONE_SUFFIX = Pattern.compile("[+]08:?00$|Z$");
    private static final Pattern FRACTION = Pattern.compile("(:\\d{1,2})-(\\d+)$");

    private OrderTimes() {
    }

    /** The instant, or null when the text is not a time this reader knows. */
    static Instant parse(String raw, ZoneId zone) {
        String text = raw.strip();
        LocalDateTime common = commonForm(text);
        if (common != null) {
            return common.atZone(zone).toInstant();
        }
        if (EPOCH.matcher(text).matches()) {
            long value = Long.parseLong(text);
            return Instant.ofEpochMilli(text.length() == 10 ? value * 1000 : value);
        }
        String normal = ZONE_SUFFIX.matcher(text.replace('/', '-').replace('.', '-').replace("年", "-")
                .replace("月", "-").replace("日", " ").replace('T', ' ')).replaceAll("").strip();
        // "2026-11-23 14:05:00.5" had its fraction dot replaced; restore it before matching
        normal = FRACTION.matcher(normal).replaceAll("$1.$2");
        Matcher m = DATE_TIME.matcher(normal);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return local.atZone(zone).toInstant();
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /**
     * "2026-11-23 14:05:00", the form nearly every export writes, read without regular expressions (an import parses
     * 100,000 of them); null for anything else, which the general path then reads.
     */
    private static LocalDateTime commonForm(String text) {
        if (text.length() != 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != ' '
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** The decimal value of text[from, to), or -1 when a character is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }
}
