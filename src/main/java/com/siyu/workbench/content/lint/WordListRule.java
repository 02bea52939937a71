package com.siyu.workbench.content.lint;

import java.util.List;
import java.util.Map;

/**
 * Reports words from a list: the Advertising-Law absolute terms (error), sensitive words (error) and hard-sell
 * phrasing (warning) are the same check with different lists, severities and texts.
 */
final class WordListRule implements TextRule {
    /** Plain replacements for the most common absolute terms; others get the rule's generic suggestion. */
    private static final Map<String, String> AD_LAW_REPLACEMENTS = Map.ofEntries(
            Map.entry("最好", "很好"), Map.entry("最佳", "很合适"), Map.entry("最低价", "优惠价"),
            Map.entry("最便宜", "很实惠"), Map.entry("最受欢迎", "很受欢迎"), Map.entry("第一", "领先"),
            Map.entry("顶级", "高品质"), Map.entry("极致", "用心"), Map.entry("100%", "很高比例"),
            Map.entry("绝对", "非常"), Map.entry("万能", "多用途"), Map.entry("首选", "不错的选择"));

    private final String rule;
    private final Severity severity;
    private final WordMatcher matcher;
    private final String messageKey;
    private final String suggestionKey;

    private WordListRule(String rule, Severity severity, WordMatcher matcher, String messageKey, String suggestionKey) {
        this.rule = rule;
        this.severity = severity;
        this.matcher = matcher;
        this.messageKey = messageKey;
        this.suggestionKey = suggestionKey;
    }

    static WordListRule adLaw(LintVocabulary vocabulary) {
        return new WordListRule(RuleIds.AD_LAW, Severity.ERROR,
                new WordMatcher(vocabulary.words(LintList.AD_LAW), vocabulary.words(LintList.AD_LAW_ALLOWED)),
                "content.lint.adLaw", "content.lint.adLaw.hint");
    }

    static WordListRule sensitive(LintVocabulary vocabulary) {
        return new WordListRule(RuleIds.SENSITIVE, Severity.ERROR,
                new WordMatcher(vocabulary.words(LintList.SENSITIVE), List.of()),
                "content.lint.sensitive", "content.lint.sensitive.hint");
    }

    static WordListRule hardSell(LintVocabulary vocabulary) {
        return new WordListRule(RuleIds.HARD_SELL, Severity.WARNING,
                new WordMatcher(vocabulary.words(LintList.HARD_SELL), List.of()),
                "content.lint.hardSell", "content.lint.hardSell.hint");
    }

    @Override
    public void check(String field, String text, TextKind kind, List<Finding> out) {
        for (WordMatcher.Match m : matcher.find(text)) {
            String found = text.substring(m.start(), m.end());
            String replacement = RuleIds.AD_LAW.equals(rule) ? AD_LAW_REPLACEMENTS.get(found) : null;
            LocalizedText suggestion = replacement != null
                    ? LocalizedText.of("content.lint.adLaw.replace", replacement)
                    : LocalizedText.of(suggestionKey);
            out.add(new Finding(rule, severity, field, m.start(), m.end(), LocalizedText.of(messageKey, found),
                    suggestion, replacement));
        }
    }
}
