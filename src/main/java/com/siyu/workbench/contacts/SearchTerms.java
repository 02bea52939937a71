package com.siyu.workbench.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A search text split into terms. The trigram index answers terms of three or more characters; shorter terms (a
 * surname, "VI") cannot use it and are matched with LIKE on the member's own documents instead, which the member
 * scope keeps small.
 */
public record SearchTerms(List<String> indexed, List<String> scanned) {
    static final int TRIGRAM = 3;
    /** A phone number typed with spaces or dashes ("+86 138 1234 5678") is one term, not four. */
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[\\d\\s\\-()]*\\d[\\d\\s\\-()]*");

    public static SearchTerms parse(String text) {
        List<String> indexed = new ArrayList<>();
        List<String> shortTerms = new ArrayList<>();
        if (text != null && PHONE_LIKE.matcher(text.strip()).matches()) {
            indexedOrScanned(normalise(text), indexed, shortTerms);
        } else if (text != null) {
            for (String raw : text.strip().split("[\\s\\u3000]+")) {
                String term = normalise(raw);
                indexedOrScanned(term, indexed, shortTerms);
            }
        }
        return new SearchTerms(List.copyOf(indexed), List.copyOf(shortTerms));
    }

    private static void indexedOrScanned(String term, List<String> indexed, List<String> scanned) {
        if (!term.isEmpty()) {
            (term.codePointCount(0, term.length()) >= TRIGRAM ? indexed : scanned).add(term);
        }
    }

    /** Phone numbers are indexed as bare digits: "138-1234-5678" and "+86 138…" find them too. */
    static String normalise(String raw) {
        String term = raw.strip().toLowerCase(Locale.ROOT);
        String digitsOnly = term.replaceAll("[\\s\\-()+]", "");
        if (!digitsOnly.isEmpty() && digitsOnly.chars().allMatch(Character::isDigit)) {
            return digitsOnly.startsWith("86") && digitsOnly.length() == 13 ? digitsOnly.substring(2) : digitsOnly;
        }
        return term;
    }

    public boolean isEmpty() {
        return indexed.isEmpty() && scanned.isEmpty();
    }

    /** The FTS5 MATCH expression: every term as a quoted phrase (a substring for the trigram tokenizer), ANDed. */
    public String matchExpression() {
        List<String> phrases = new ArrayList<>();
        for (String term : indexed) {
            phrases.add('"' + term.replace("\"", "\"\"") + '"');
        }
        return String.join(" AND ", phrases);
    }

    /** A LIKE pattern matching {@code term} anywhere, with LIKE's wildcards escaped by a backslash. */
    public static String likePattern(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
