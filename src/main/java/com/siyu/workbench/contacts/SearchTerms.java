package com.siyu.workbench.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A search text split into terms. The trigram index answers terms of three or more characters anywhere in the text;
 * shorter terms (a surname, "口红", "VI") cannot use it and match the start of a word through the words index
 * (unicode61 tokens with 1- and 2-character prefix indexes).
 */
public record SearchTerms(List<String> indexed, List<String> prefixTerms) {
    static final int TRIGRAM = 3;
    /** A phone number typed with spaces or dashes ("+86 138 1234 5678") is one term, not four. */
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[\\d\\s\\-()]*\\d[\\d\\s\\-()]*");

    public static SearchTerms parse(String text) {
        List<String> indexed = new ArrayList<>();
        List<String> shortTerms = new ArrayList<>();
        if (text != null && PHONE_LIKE.matcher(text.strip()).matches()) {
            indexedOrPrefix(normalise(text), indexed, shortTerms);
        } else if (text != null) {
            for (String raw : text.strip().split("[\\s\\u3000]+")) {
                String term = normalise(raw);
                indexedOrPrefix(term, indexed, shortTerms);
            }
        }
        return new SearchTerms(List.copyOf(indexed), List.copyOf(shortTerms));
    }

    private static void indexedOrPrefix(String term, List<String> indexed, List<String> prefixTerms) {
        if (!term.isEmpty()) {
            (term.codePointCount(0, term.length()) >= TRIGRAM ? indexed : prefixTerms).add(term);
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
        return indexed.isEmpty() && prefixTerms.isEmpty();
    }

    /** The FTS5 MATCH expression: every term as a quoted phrase (a substring for the trigram tokenizer), ANDed. */
    public String matchExpression() {
        List<String> phrases = new ArrayList<>();
        for (String term : indexed) {
            phrases.add('"' + term.replace("\"", "\"\"") + '"');
        }
        return String.join(" AND ", phrases);
    }

    /**
     * The words-index MATCH expression: every short term as a prefix query, ANDed; empty when no short term has a
     * letter or digit (punctuation alone matches nothing).
     */
    public String wordsExpression() {
        List<String> prefixes = new ArrayList<>();
        for (String term : prefixTerms) {
            if (term.codePoints().anyMatch(Character::isLetterOrDigit)) {
                prefixes.add('"' + term.replace("\"", "\"\"") + "\"*");
            }
        }
        return String.join(" AND ", prefixes);
    }
}
