package com.siyu.workbench.i18n;

import java.util.Locale;

/** The languages the UI ships in. Simplified Chinese is the base bundle; English is the translation. */
public enum Language {
    ZH_CN(Locale.SIMPLIFIED_CHINESE, "简体中文"),
    EN(Locale.ENGLISH, "English");

    private final Locale locale;
    private final String nativeName;

    Language(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** Shown in the language picker in its own language, whatever the UI language is. */
    public String nativeName() {
        return nativeName;
    }

    public static Language fromCode(String code) {
        if (code != null) {
            for (Language language : values()) {
                if (language.name().equalsIgnoreCase(code) || language.locale.toLanguageTag().equalsIgnoreCase(code)) {
                    return language;
                }
            }
        }
        return ZH_CN;
    }
}
