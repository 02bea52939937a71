package com.siyu.workbench.queue.rules;

import java.time.LocalTime;
import java.util.Objects;

/** The send windows the editor offers; the first two are when the source articles saw customers read. */
public enum WindowPreset {
    NOON(Timing.NOON), END_OF_DAY(Timing.END_OF_DAY), ANY_TIME(Timing.ANY_TIME), CUSTOM(null);

    private final Timing timing;

    WindowPreset(Timing timing) {
        this.timing = timing;
    }

    public String labelKey() {
        return "queue.rules.window." + name();
    }

    public LocalTime start() {
        return timing == null ? null : timing.windowStart();
    }

    public LocalTime end() {
        return timing == null ? null : timing.windowEnd();
    }

    public static WindowPreset of(Timing timing) {
        for (WindowPreset preset : values()) {
            if (preset.timing != null && Objects.equals(preset.start(), timing.windowStart())
                    && Objects.equals(preset.end(), timing.windowEnd())) {
                return preset;
            }
        }
        return CUSTOM;
    }
}
