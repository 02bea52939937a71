package com.siyu.workbench.content.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

public final class JdbcLintListRepository implements LintListRepository {
    private static final ObjectMapper JSON = Json.newMapper();

    private final Database db;
    private final Clock clock;

    public JdbcLintListRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Map<LintList, List<String>> edited() {
        Map<LintList, List<String>> lists = new EnumMap<>(LintList.class);
        db.read(c -> Sql.query(c, "SELECT name, words_json FROM content_lint_lists", rs -> {
            lists.put(LintList.valueOf(rs.getString(1)), parse(rs.getString(2)));
            return null;
        }));
        return lists;
    }

    @Override
    public void save(LintList list, List<String> words, String by) {
        String json;
        try {
            json = JSON.writeValueAsString(words);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings always serialises", e);
        }
        db.write(c -> Sql.update(c, "INSERT INTO content_lint_lists (name, words_json, updated_by, updated_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET words_json = excluded.words_json,"
                + " updated_by = excluded.updated_by, updated_at = excluded.updated_at", list, json, by,
                clock.instant()));
    }

    @Override
    public void reset(LintList list) {
        db.write(c -> Sql.update(c, "DELETE FROM content_lint_lists WHERE name = ?", list));
    }

    private static List<String> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("content_lint_lists.words_json is not a JSON string array", e);
        }
    }
}
