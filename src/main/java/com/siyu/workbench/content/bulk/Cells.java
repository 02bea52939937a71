package com.siyu.workbench.content.bulk;

import com.siyu.workbench.content.Attachment;
import com.siyu.workbench.content.Attachments;
import com.siyu.workbench.content.ContentType;
import com.siyu.workbench.content.ScopeType;
import com.siyu.workbench.content.lint.Finding;
import com.siyu.workbench.content.lint.LocalizedText;
import com.siyu.workbench.content.lint.Severity;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Parses cell values shared by the CSV and JSON readers, reporting problems as {@code format} findings. */
final class Cells {
    static final String FORMAT = "format";

    private Cells() {
    }

    static Finding problem(String field, String key, Object... args) {
        return new Finding(FORMAT, Severity.ERROR, field, 0, 0, LocalizedText.of(key, args),
                LocalizedText.of("content.import.fixRow"), null);
    }

    static Optional<ContentType> type(String value) {
        return ContentType.parse(value);
    }

    static Optional<ScopeType> scopeType(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(ScopeType.DEFAULT);
        }
        String v = value.strip();
        return switch (v) {
            case "默认" -> Optional.of(ScopeType.DEFAULT);
            case "渠道" -> Optional.of(ScopeType.STATE);
            case "成员" -> Optional.of(ScopeType.MEMBER);
            case "部门" -> Optional.of(ScopeType.DEPARTMENT);
            default -> Arrays.stream(ScopeType.values()).filter(t -> t.name().equalsIgnoreCase(v)).findFirst();
        };
    }

    /** A day offset: a whole number ≥ 0. */
    static Integer day(String value) {
        try {
            int day = Integer.parseInt(value.strip());
            return day >= 0 ? day : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    /** {@code HH:MM}; blank = no window. Throws on anything else. */
    static LocalTime time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!v.matches("\\d{1,2}:\\d{2}")) {
            throw new DateTimeParseException("not HH:MM", v, 0);
        }
        return LocalTime.parse(v.length() == 4 ? "0" + v : v);
    }

    static List<Attachment> attachments(String json) {
        return Attachments.fromJsonText(json);
    }

    static List<String> audience(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("[|、,，;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
