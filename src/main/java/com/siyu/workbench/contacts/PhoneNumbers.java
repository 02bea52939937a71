package com.siyu.workbench.contacts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import java.util.ArrayList;
import java.util.List;

/** Phone numbers as WeCom stores them (remark_mobiles JSON arrays) and as order exports write them. */
public final class PhoneNumbers {
    private static final ObjectMapper JSON = Json.newMapper();

    private PhoneNumbers() {
    }

    /** The numbers of a remark_mobiles column; an unreadable value yields none rather than failing the profile. */
    public static List<String> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<String> all = JSON.readValue(json, new TypeReference<List<String>>() { });
            List<String> phones = new ArrayList<>();
            all.stream().filter(p -> p != null && !p.isBlank()).forEach(phones::add);
            return phones;
        } catch (java.io.IOException unreadable) {
            return List.of();
        }
    }

    /**
     * The comparable form: digits only, China's country code dropped ("+86 138-1234-5678" → "13812345678").
     * Returns an empty string when there are no digits, or when the number is masked ("138****5678").
     */
    public static String normalise(String phone) {
        if (phone == null || phone.indexOf('*') >= 0) {
            return "";
        }
        String digits = digitsOf(phone);
        if (digits.length() == 13 && digits.startsWith("86")) {
            return digits.substring(2);
        }
        if (digits.length() == 15 && digits.startsWith("0086")) {
            return digits.substring(4);
        }
        return digits;
    }

    /** ASCII digits only (what {@code \\D} removes); a loop, because imports and matching call this 200,000 times. */
    private static String digitsOf(String phone) {
        StringBuilder digits = null;
        for (int i = 0; i < phone.length(); i++) {
            char ch = phone.charAt(i);
            boolean digit = ch >= '0' && ch <= '9';
            if (!digit && digits == null) {
                digits = new StringBuilder(phone.length()).append(phone, 0, i);
            } else if (digit && digits != null) {
                digits.append(ch);
            }
        }
        return digits == null ? phone : digits.toString();
    }
}
