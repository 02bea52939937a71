package com.siyu.workbench.contacts;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * The SQL function {@code word_suffixes(text)} the words index is fed through: every word of a short field (name,
 * remark, tag names) followed by its suffixes ("李思雨" → "李思雨 思雨 雨"), so a 1–2 character query — a given
 * name, "老客" inside "李姐老客" — matches inside a word as well as at its start. Chinese is written without spaces,
 * which is why prefixes alone are not enough; Latin words are kept whole ("vip" matches "VIP会员" by prefix).
 */
final class WordSuffixes extends Function {
    static final String NAME = "word_suffixes";

    private WordSuffixes() {
    }

    /** Registers the function on the connection that refreshes the index (registering again is harmless). */
    static void register(Connection connection) throws SQLException {
        Function.create(connection, NAME, new WordSuffixes(), 1, Function.FLAG_DETERMINISTIC);
    }

    @Override
    protected void xFunc() throws SQLException {
        String text = value_text(0);
        result(text == null ? "" : expand(text));
    }

    static String expand(String text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > start) {
                appendWord(out, text.substring(start, i));
            }
            i = i == start ? i + Character.charCount(text.codePointAt(i)) : i;
        }
        return out.toString();
    }

    private static void appendWord(StringBuilder out, String word) {
        for (int at = 0; at < word.length(); at += Character.charCount(word.codePointAt(at))) {
            if (at > 0 && !isHan(word.codePointAt(at))) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word, at, word.length());
        }
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
