package com.siyu.workbench.content;

import java.util.Locale;
import java.util.Optional;

/** The three kinds of content the library holds. Stored by name in {@code content_items.type}. */
public enum ContentType {
    /** 1v1 private-chat script: ordered steps over days. */
    SCRIPT("script", "剧本"),
    /** 欢迎语: the first message a new contact gets. */
    WELCOME("welcome", "欢迎语"),
    /** 群邀请话术: invites a customer into a customer group. */
    INVITE("invite", "群邀请");

    private final String code;
    private final String chinese;

    ContentType(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    /** The lower-case code import/export files use. */
    public String code() {
        return code;
    }

    /** Accepts the file code, the enum name or the Chinese name (what people type into a spreadsheet). */
    public static Optional<ContentType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (ContentType type : values()) {
            if (type.code.equalsIgnoreCase(t) || type.name().equalsIgnoreCase(t) || type.chinese.equals(t)
                    || ("群邀请话术".equals(t) && type == INVITE) || ("私聊剧本".equals(t) && type == SCRIPT)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public String idPrefix() {
        return code.toLowerCase(Locale.ROOT);
    }
}
