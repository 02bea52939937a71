package com.siyu.workbench.members;

/** Hides personal data from roles that do not need it. */
public final class Masking {
    /**
     * A mainland mobile number inside free text (a note, a remark, a log detail): 11 digits starting 1[3-9], written
     * whole or as 3-4-4 with spaces or dashes, optionally after +86, and not part of a longer number (an order id).
     */
    private static final java.util.regex.Pattern MOBILE_IN_TEXT = java.util.regex.Pattern.compile(
            "(?<![\\d])(?:\\+?86[\\s-]?)?(1[3-9]\\d)[\\s-]?(\\d{4})[\\s-]?(\\d{4})(?![\\d])");

    private Masking() {
    }

    /** {@code 13812345678 → 138****5678}; short or odd values keep only their last two characters. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.strip();
        if (digits.length() >= 7) {
            return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
        }
        return "*".repeat(Math.max(0, digits.length() - 2)) + digits.substring(Math.max(0, digits.length() - 2));
    }

    /** Every mobile number inside {@code text} masked ({@code 138****5678}); the rest of the text unchanged. */
    public static String phonesInText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return MOBILE_IN_TEXT.matcher(text).replaceAll(m -> m.group(1) + "****" + m.group(3));
    }

    /** Free text as {@code actor} may see it: mobile numbers inside it masked unless they may see full phones. */
    public static String phonesInTextFor(Actor actor, String text) {
        return AccessPolicy.allows(actor, Permission.SEE_FULL_PHONE) ? text : phonesInText(text);
    }

    public static String phoneFor(Actor actor, String phone) {
        return AccessPolicy.allows(actor, Permission.SEE_FULL_PHONE) ? phone : maskPhone(phone);
    }
}
