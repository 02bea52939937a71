package com.siyu.workbench.content.bulk;

import static com.siyu.workbench.content.bulk.CsvColumns.*;

import com.siyu.workbench.content.Attachment;
import com.siyu.workbench.content.ContentBody;
import com.siyu.workbench.content.ContentType;
import com.siyu.workbench.content.Scope;
import com.siyu.workbench.content.ScopeType;
import com.siyu.workbench.content.ScriptStep;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups CSV rows into items: a script's steps are the rows with its id (or, without one, its type and name);
 * a welcome message or invite template is one row. Each cell problem becomes a {@code format} finding on its row.
 */
final class CsvItemBuilder {
    private final ParseResult result = new ParseResult();
    private final Map<String, Group> groups = new LinkedHashMap<>();

    private static final class Group {
        final ContentType type;
        final RowRef first;
        final Map<String, String> firstCells;
        final List<StepRow> steps = new ArrayList<>();

        Group(ContentType type, RowRef first, Map<String, String> cells) {
            this.type = type;
            this.first = first;
            this.firstCells = cells;
        }
    }

    private record StepRow(RowRef ref, Integer order, ScriptStep step) {
    }

    void add(RowRef ref, Map<String, String> cells) {
        result.touch(ref);
        ContentType type = Cells.type(cells.get(TYPE)).orElse(null);
        if (type == null) {
            result.add(ref, Cells.problem(TYPE, "content.import.badType", cells.get(TYPE)));
            return;
        }
        String name = cells.getOrDefault(NAME, "").strip();
        String id = cells.getOrDefault(ID, "").strip();
        if (name.isEmpty() && id.isEmpty()) {
            result.add(ref, Cells.problem(NAME, "content.import.noName"));
            return;
        }
        String key = id.isEmpty() ? type + "\u0000" + name : "id\u0000" + id;
        Group group = groups.get(key);
        if (group != null && (type != ContentType.SCRIPT || group.type != ContentType.SCRIPT)) {
            result.add(ref, Cells.problem(id.isEmpty() ? NAME : ID, "content.import.duplicate", group.first.line()));
            return;
        }
        if (group == null) {
            group = new Group(type, ref, cells);
            groups.put(key, group);
        }
        if (type == ContentType.SCRIPT) {
            addStep(group, ref, cells);
        }
    }

    private void addStep(Group group, RowRef ref, Map<String, String> cells) {
        Integer day = Cells.day(cells.get(DAY_OFFSET));
        if (day == null) {
            result.add(ref, Cells.problem(DAY_OFFSET, "content.import.badDay", cells.getOrDefault(DAY_OFFSET, "")));
        }
        LocalTime start = time(ref, cells, WINDOW_START);
        LocalTime end = time(ref, cells, WINDOW_END);
        List<Attachment> attachments = attachments(ref, cells);
        String step = cells.getOrDefault(STEP, "").strip();
        Integer order = step.isEmpty() ? null : Cells.day(step);
        if (!step.isEmpty() && order == null) {
            result.add(ref, Cells.problem(STEP, "content.import.badStep", step));
        }
        group.steps.add(new StepRow(ref, order, new ScriptStep(day == null ? 0 : day, start, end,
                cells.getOrDefault(TEXT, ""), attachments)));
    }

    private LocalTime time(RowRef ref, Map<String, String> cells, String column) {
        try {
            return Cells.time(cells.get(column));
        } catch (DateTimeParseException e) {
            result.add(ref, Cells.problem(column, "content.import.badTime", cells.get(column)));
            return null;
        }
    }

    private List<Attachment> attachments(RowRef ref, Map<String, String> cells) {
        try {
            return Cells.attachments(cells.get(ATTACHMENTS));
        } catch (IllegalArgumentException e) {
            result.add(ref, Cells.problem(ATTACHMENTS, "content.import.badAttachments", e.getMessage()));
            return List.of();
        }
    }

    ParseResult result() {
        for (Group g : groups.values()) {
            Map<String, String> c = g.firstCells;
            String id = blankToNull(c.get(ID));
            String name = c.getOrDefault(NAME, "");
            if (g.type == ContentType.SCRIPT) {
                List<StepRow> ordered = new ArrayList<>(g.steps);
                ordered.sort(Comparator.comparing(StepRow::order, Comparator.nullsLast(Comparator.naturalOrder())));
                ContentBody body = ContentBody.script(name, c.get(SCENE), Cells.audience(c.get(AUDIENCE)),
                        ordered.stream().map(StepRow::step).toList());
                result.items.add(new ParsedItem(id, body, g.first, ordered.stream().map(StepRow::ref).toList()));
            } else {
                ScopeType scopeType = Cells.scopeType(c.get(SCOPE_TYPE)).orElse(null);
                if (scopeType == null) {
                    result.add(g.first, Cells.problem(SCOPE_TYPE, "content.import.badScope", c.get(SCOPE_TYPE)));
                    scopeType = ScopeType.DEFAULT;
                }
                ContentBody body = new ContentBody(g.type, name, null, List.of(),
                        Scope.of(scopeType, c.get(SCOPE_VALUE)), c.getOrDefault(TEXT, ""), attachments(g.first, c),
                        c.get(TARGET_CHAT_ID), c.get(JOIN_QR_CODE), c.get(GROUP_WELCOME_TEXT), List.of());
                result.items.add(new ParsedItem(id, body, g.first, List.of()));
            }
        }
        return result;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
