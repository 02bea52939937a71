package com.siyu.workbench.content.lint;

import java.util.List;

/** A bundle key with its arguments: the linter stays pure and the UI or CLI renders it in its language. */
public record LocalizedText(String key, List<String> args) {
    public LocalizedText {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static LocalizedText of(String key, Object... args) {
        return new LocalizedText(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
