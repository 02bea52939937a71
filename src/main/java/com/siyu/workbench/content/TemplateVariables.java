package com.siyu.workbench.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables content may contain ({@code {客户称呼}}…), with the fallback each takes when a contact lacks the
 * value. Content authors, the linter, the preview and the queue's task card all use this one catalogue, so a text
 * that passes review renders the same everywhere.
 */
public final class TemplateVariables {
    /** {@code {name}}: braces around 1–12 characters that are not braces or line breaks. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\r\\n]{1,12})}");

    /** A variable and its fallback. */
    public record Variable(String name, String fallback) {
        public String placeholder() {
            return "{" + name + "}";
        }
    }

    /** An unknown or misspelled variable at {@code [start, end)} of the text. */
    public record UnknownVariable(String name, int start, int end, Optional<String> suggestion) {
    }

    public static final String CUSTOMER_SALUTATION = "客户称呼";
    public static final String CUSTOMER_NICKNAME = "客户昵称";
    public static final String GUIDE_NAME = "导购姓名";
    public static final String STORE = "门店";
    public static final String GROUP_NAME = "群名";
    public static final String INTENDED_PRODUCT = "意向商品";

    private static final Map<String, Variable> CATALOGUE = new LinkedHashMap<>();

    static {
        for (Variable v : List.of(
                new Variable(CUSTOMER_SALUTATION, "您"),
                new Variable(CUSTOMER_NICKNAME, "朋友"),
                new Variable(GUIDE_NAME, "您的专属顾问"),
                new Variable(STORE, "我们门店"),
                new Variable(GROUP_NAME, "会员福利群"),
                new Variable(INTENDED_PRODUCT, "您关注的商品"))) {
            CATALOGUE.put(v.name(), v);
        }
    }

    private TemplateVariables() {
    }

    public static List<Variable> all() {
        return List.copyOf(CATALOGUE.values());
    }

    public static Optional<Variable> find(String name) {
        return Optional.ofNullable(CATALOGUE.get(name));
    }

    /**
     * Fills every known variable from {@code values}; a missing or blank value takes the variable's fallback.
     * Unknown placeholders are left as written (the linter reports them before content can be approved).
     */
    public static String render(String text, Map<String, String> values) {
        if (text == null) {
            return "";
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            Variable variable = CATALOGUE.get(m.group(1));
            String replacement;
            if (variable == null) {
                replacement = m.group();
            } else {
                String value = values.get(variable.name());
                replacement = value == null || value.isBlank() ? variable.fallback() : value.strip();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The placeholders in {@code text} that name no known variable, with a likely intended one when close. */
    public static List<UnknownVariable> unknown(String text) {
        List<UnknownVariable> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!CATALOGUE.containsKey(name)) {
                found.add(new UnknownVariable(name, m.start(), m.end(), closest(name)));
            }
        }
        return found;
    }

    /**
     * Positions of braces that are not part of a placeholder ({@code {客户称呼} without its closing brace, a lone
     * "}"}): such text would reach the customer as written.
     */
    public static List<Integer> strayBraces(String text) {
        List<Integer> stray = new ArrayList<>();
        if (text == null) {
            return stray;
        }
        boolean[] covered = new boolean[text.length()];
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                covered[i] = true;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '{' || c == '}') && !covered[i]) {
                stray.add(i);
            }
        }
        return stray;
    }

    /** The names of the known variables {@code text} uses, in order of first use. */
    public static List<String> used(String text) {
        List<String> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (CATALOGUE.containsKey(m.group(1)) && !names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Whether {@code text} uses at least one variable (the "说人话" personalization check). */
    public static boolean isPersonalized(String text) {
        if (text == null) {
            return false;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (CATALOGUE.containsKey(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> closest(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : CATALOGUE.keySet()) {
            int d = distance(name, known);
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        return bestDistance <= 2 ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance; names are at most 12 characters, so the quadratic table is trivial. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
