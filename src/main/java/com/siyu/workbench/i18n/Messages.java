package com.siyu.workbench.i18n;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All UI text. Each feature has its own bundle {@code i18n/<feature>.properties} (Chinese, the base) and
 * {@code <feature>_en.properties}; this class merges them for one language. Lookups never fall back to the JVM's
 * default locale: a Chinese UI stays Chinese on an English machine.
 */
public final class Messages {
    /** Feature bundles, in no particular order; keys are prefixed by feature so they cannot clash. */
    public static final List<String> BUNDLES = List.of(
            "common", "store", "shell", "settings", "members", "wecom", "sandbox", "sync",
            "contacts", "content", "queue", "audit");

    private final Language language;
    private final Map<String, String> texts;

    private Messages(Language language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    public static Messages load(Language language) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle("i18n." + name, language.locale(), noFallback);
                for (String key : bundle.keySet()) {
                    texts.put(key, bundle.getString(key));
                }
            } catch (MissingResourceException absent) {
                // a feature without UI text yet
            }
        }
        return new Messages(language, Collections.unmodifiableMap(texts));
    }

    public Language language() {
        return language;
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text for {@code key}, with {@link MessageFormat} arguments when given; a visible marker when missing. */
    public String get(String key, Object... args) {
        String text = texts.get(key);
        if (text == null) {
            return "!" + key + "!";
        }
        return args.length == 0 ? text : new MessageFormat(text, language.locale()).format(args);
    }

    public Map<String, String> all() {
        return texts;
    }

    /** The merged texts as a bundle, for {@code FXMLLoader} ({@code %key} in FXML). */
    public ResourceBundle asBundle() {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                String text = texts.get(key);
                return text != null ? text : "!" + key + "!";
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(texts.keySet());
            }
        };
    }
}
