package com.siyu.workbench.members;

/** Hides personal data from roles that do not need it. */
public final class Masking {
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

    public static String phoneFor(Actor actor, String phone) {
        return AccessPolicy.allows(actor, Permission.SEE_FULL_PHONE) ? phone : maskPhone(phone);
    }
}
