package com.siyu.workbench.queue.today;

/**
 * Every action of the walk-through, defined once: its label, its key (as {@code KeyCombination} text, parsed by the
 * view) and the key as the help overlay shows it. Buttons, shortcuts and the help all come from here.
 */
public enum TodayAction {
    NEXT("J", "J"),
    PREVIOUS("K", "K"),
    SEND("Enter", "Enter"),
    COPY("C", "C"),
    DONE("D", "D"),
    SKIP("S", "S"),
    SNOOZE("Z", "Z"),
    NOTE("N", "N"),
    TAGS("T", "T"),
    REPLIED("R", "R"),
    SEARCH(null, "/"),
    SUMMARY("E", "E"),
    HELP(null, "?");

    private final String key;
    private final String keyLabel;

    TodayAction(String key, String keyLabel) {
        this.key = key;
        this.keyLabel = keyLabel;
    }

    /**
     * The key in {@code KeyCombination.valueOf} syntax; null for the actions bound to a typed character instead
     * ("/" and "?" sit on different keys on different keyboard layouts).
     */
    public String key() {
        return key;
    }

    /** The typed character that runs the action when it has no key combination. */
    public String typed() {
        return key == null ? keyLabel : null;
    }

    public String keyLabel() {
        return keyLabel;
    }

    public String labelKey() {
        return "queue.today.action." + name();
    }

    /** Actions on the focused task (the rest move around or open overlays). */
    public boolean actsOnTask() {
        return switch (this) {
            case SEND, COPY, DONE, SKIP, SNOOZE, NOTE, TAGS, REPLIED -> true;
            default -> false;
        };
    }
}
