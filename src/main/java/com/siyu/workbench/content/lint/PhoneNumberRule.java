package com.siyu.workbench.content.lint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phone number typed into shared content is either someone's private number going to every customer, or a hotline
 * that belongs in an attachment or the profile. Mainland mobiles (with +86 and separators), landlines with area code,
 * and 400/800 numbers.
 */
final class PhoneNumberRule implements TextRule {
    private static final Pattern PHONE = Pattern.compile(
            "(?<![0-9])(?:(?:\\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}"
                    + "|0[1-9][0-9]{1,2}-[0-9]{7,8}"
                    + "|[48]00[- ]?[0-9]{3}[- ]?[0-9]{4})(?![0-9])");

    @Override
    public void check(String field, String text, TextKind kind, List<Finding> out) {
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            out.add(new Finding(RuleIds.PHONE, Severity.WARNING, field, m.start(), m.end(),
                    LocalizedText.of("content.lint.phone", m.group()), LocalizedText.of("content.lint.phone.hint"),
                    null));
        }
    }
}
