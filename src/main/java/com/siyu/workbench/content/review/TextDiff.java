package com.siyu.workbench.content.review;

import java.util.ArrayList;
import java.util.List;

/**
 * A side-by-side diff for the review screen: lines aligned by longest common subsequence, changed line pairs diffed
 * again by character. Written here rather than pulling in a library: reviewed texts are a few dozen lines (a WeCom
 * message is at most 4000 bytes), where the quadratic LCS is instant and fifty lines of code are easier to keep than
 * a dependency.
 */
public final class TextDiff {
    /** Past this many characters in a changed middle, the whole middle is marked instead of diffed by character. */
    static final int MAX_CHAR_DIFF = 400;
    static final int MAX_LINES = 2000;

    public enum Kind { SAME, ADDED, REMOVED, CHANGED }

    /** A changed character range {@code [start, end)} of one side's line. */
    public record Span(int start, int end) {
    }

    /** One aligned row: the base line (left, may be null) and the submitted line (right, may be null). */
    public record Row(Kind kind, String left, String right, List<Span> leftChanges, List<Span> rightChanges) {
    }

    private TextDiff() {
    }

    public static List<Row> diff(List<String> left, List<String> right) {
        if (left.size() > MAX_LINES || right.size() > MAX_LINES) {
            List<Row> rows = new ArrayList<>();
            left.forEach(l -> rows.add(new Row(Kind.REMOVED, l, null, List.of(), List.of())));
            right.forEach(r -> rows.add(new Row(Kind.ADDED, null, r, List.of(), List.of())));
            return rows;
        }
        int[][] lcs = lcs(left, right);
        List<Row> rows = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < left.size() || j < right.size()) {
            if (i < left.size() && j < right.size() && left.get(i).equals(right.get(j))) {
                flush(removed, added, rows);
                rows.add(new Row(Kind.SAME, left.get(i), right.get(j), List.of(), List.of()));
                i++;
                j++;
            } else if (j < right.size() && (i == left.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(right.get(j++));
            } else {
                removed.add(left.get(i++));
            }
        }
        flush(removed, added, rows);
        return rows;
    }

    /** Pairs a block of removed lines with the added lines that replaced them. */
    private static void flush(List<String> removed, List<String> added, List<Row> rows) {
        int pairs = Math.min(removed.size(), added.size());
        for (int k = 0; k < pairs; k++) {
            List<List<Span>> spans = chars(removed.get(k), added.get(k));
            rows.add(new Row(Kind.CHANGED, removed.get(k), added.get(k), spans.get(0), spans.get(1)));
        }
        for (int k = pairs; k < removed.size(); k++) {
            rows.add(new Row(Kind.REMOVED, removed.get(k), null, List.of(), List.of()));
        }
        for (int k = pairs; k < added.size(); k++) {
            rows.add(new Row(Kind.ADDED, null, added.get(k), List.of(), List.of()));
        }
        removed.clear();
        added.clear();
    }

    /** The changed character ranges of {@code a} and {@code b}. */
    static List<List<Span>> chars(String a, String b) {
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length() - prefix && suffix < b.length() - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        String ma = a.substring(prefix, a.length() - suffix);
        String mb = b.substring(prefix, b.length() - suffix);
        if (ma.length() > MAX_CHAR_DIFF || mb.length() > MAX_CHAR_DIFF) {
            return List.of(span(prefix, prefix + ma.length()), span(prefix, prefix + mb.length()));
        }
        List<String> ca = ma.chars().mapToObj(ch -> String.valueOf((char) ch)).toList();
        List<String> cb = mb.chars().mapToObj(ch -> String.valueOf((char) ch)).toList();
        int[][] table = lcs(ca, cb);
        List<Span> left = new ArrayList<>();
        List<Span> right = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < ca.size() || j < cb.size()) {
            if (i < ca.size() && j < cb.size() && ca.get(i).equals(cb.get(j))) {
                i++;
                j++;
            } else if (j < cb.size() && (i == ca.size() || table[i][j + 1] >= table[i + 1][j])) {
                extend(right, prefix + j++);
            } else {
                extend(left, prefix + i++);
            }
        }
        return List.of(left, right);
    }

    private static List<Span> span(int start, int end) {
        return start == end ? List.of() : List.of(new Span(start, end));
    }

    private static void extend(List<Span> spans, int at) {
        if (!spans.isEmpty() && spans.get(spans.size() - 1).end() == at) {
            Span last = spans.remove(spans.size() - 1);
            spans.add(new Span(last.start(), at + 1));
        } else {
            spans.add(new Span(at, at + 1));
        }
    }

    /** {@code table[i][j]} = LCS length of {@code a[i..]} and {@code b[j..]}. */
    private static int[][] lcs(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                table[i][j] = a.get(i).equals(b.get(j)) ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table;
    }
}
