package com.siyu.workbench.content.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds list words in a text: case-insensitive for Latin letters, {@code ?} at the end of a word matches one more
 * letter (CJK ideographs count as letters), overlapping matches keep the longest, and a match that lies inside an
 * allowed word's occurrence is dropped. Lists are tens of words and texts a few thousand characters, so a plain scan
 * per word is fast enough for linting on every keystroke.
 */
final class WordMatcher {
    private final List<String> words;
    private final List<String> allowed;

    WordMatcher(List<String> words, List<String> allowed) {
        this.words = words;
        this.allowed = allowed;
    }

    /** A match at {@code [start, end)} of the word {@code word} (the list entry, e.g. {@code 最?}). */
    record Match(int start, int end, String word) {
    }

    List<Match> find(String text) {
        String haystack = lower(text);
        List<int[]> allowedSpans = spans(haystack, allowed);
        List<Match> all = new ArrayList<>();
        for (String word : words) {
            boolean wildcard = word.endsWith("?") && word.length() > 1;
            String stem = lower(wildcard ? word.substring(0, word.length() - 1) : word);
            for (int i = haystack.indexOf(stem); i >= 0; i = haystack.indexOf(stem, i + 1)) {
                int end = i + stem.length();
                if (wildcard) {
                    if (end >= haystack.length() || !Character.isLetter(haystack.charAt(end))) {
                        continue;
                    }
                    end++;
                }
                if (!inside(allowedSpans, i, end)) {
                    all.add(new Match(i, end, word));
                }
            }
        }
        return longestWithoutOverlap(all);
    }

    /** Lower-cases char by char so indexes stay those of the original text. */
    static String lower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static List<int[]> spans(String haystack, List<String> list) {
        List<int[]> spans = new ArrayList<>();
        for (String word : list) {
            String w = lower(word);
            for (int i = haystack.indexOf(w); i >= 0 && !w.isEmpty(); i = haystack.indexOf(w, i + 1)) {
                spans.add(new int[] {i, i + w.length()});
            }
        }
        return spans;
    }

    private static boolean inside(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(s -> s[0] <= start && end <= s[1]);
    }

    private static List<Match> longestWithoutOverlap(List<Match> matches) {
        List<Match> byLength = new ArrayList<>(matches);
        byLength.sort(Comparator.comparingInt((Match m) -> m.end() - m.start()).reversed()
                .thenComparingInt(Match::start));
        List<Match> kept = new ArrayList<>();
        for (Match m : byLength) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }
}
