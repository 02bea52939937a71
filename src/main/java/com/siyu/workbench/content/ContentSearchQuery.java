package com.siyu.workbench.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what someone typed into a search over {@code content_search}. The trigram tokenizer needs at least three
 * characters per term, so longer terms become FTS5 phrases (indexed) and 1–2 character terms — common in Chinese:
 * 欢迎, 复购 — become LIKE conditions on the same table (a scan of the index's own rows, fine at library size).
 * All terms must match.
 */
record ContentSearchQuery(String match, List<String> likePatterns) {
    static ContentSearchQuery parse(String query) {
        List<String> phrases = new ArrayList<>();
        List<String> likes = new ArrayList<>();
        for (String term : query.strip().split("\\s+")) {
            if (term.isEmpty()) {
                continue;
            }
            if (term.codePointCount(0, term.length()) >= 3) {
                phrases.add("\"" + term.replace("\"", "\"\"") + "\"");
            } else {
                likes.add("%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return new ContentSearchQuery(phrases.isEmpty() ? null : String.join(" AND ", phrases), likes);
    }

    boolean isEmpty() {
        return match == null && likePatterns.isEmpty();
    }

    String sql(int limit) {
        StringBuilder sql = new StringBuilder("SELECT content_id, version FROM content_search WHERE 1 = 1");
        if (match != null) {
            sql.append(" AND content_search MATCH ?");
        }
        for (int i = 0; i < likePatterns.size(); i++) {
            sql.append(" AND (name LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')");
        }
        return sql.append(" LIMIT ").append(limit).toString();
    }

    Object[] params() {
        List<Object> params = new ArrayList<>();
        if (match != null) {
            params.add(match);
        }
        for (String like : likePatterns) {
            params.add(like);
            params.add(like);
        }
        return params.toArray();
    }
}
