package com.siyu.workbench.content.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URLs pasted into the text show as raw, often truncated, untrusted-looking strings in WeChat; a link attachment
 * shows a card with title and cover. Every raw URL is a warning; more than {@value #MAX_LINKS} in one message is a
 * second warning (a message with many links reads like spam).
 */
final class LinkRule implements TextRule {
    static final int MAX_LINKS = 2;
    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s\\u3000，。！？、；：“”‘’《》（）()<>\"']+"
                    + "|(?<![A-Za-z0-9@.])[A-Za-z0-9-]{2,}(?:\\.[A-Za-z0-9-]+)*\\.(?:com|cn|net|org|top|shop|vip|cc|io)"
                    + "(?:/[^\\s\\u3000，。！？、；：“”‘’《》（）()<>\"']*)?(?![A-Za-z0-9])");

    @Override
    public void check(String field, String text, TextKind kind, List<Finding> out) {
        List<int[]> urls = find(text);
        for (int[] url : urls) {
            out.add(new Finding(RuleIds.RAW_URL, Severity.WARNING, field, url[0], url[1],
                    LocalizedText.of("content.lint.rawUrl"), LocalizedText.of("content.lint.rawUrl.hint"), null));
        }
        if (urls.size() > MAX_LINKS) {
            int[] first = urls.get(MAX_LINKS);
            out.add(new Finding(RuleIds.TOO_MANY_LINKS, Severity.WARNING, field, first[0], urls.get(urls.size() - 1)[1],
                    LocalizedText.of("content.lint.tooManyLinks", urls.size(), MAX_LINKS),
                    LocalizedText.of("content.lint.tooManyLinks.hint"), null));
        }
    }

    static List<int[]> find(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }
}
