package com.siyu.workbench.ui.shell;

import com.siyu.workbench.ui.Screen;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/** Which screen each navigation entry opens; screens are built on first use and kept. */
public final class ScreenRegistry {
    private final Map<NavEntry, Supplier<? extends Screen>> factories = new EnumMap<>(NavEntry.class);
    private final Map<NavEntry, Screen> built = new EnumMap<>(NavEntry.class);
    private final java.util.function.Function<NavEntry, Screen> fallback;

    public ScreenRegistry(java.util.function.Function<NavEntry, Screen> fallback) {
        this.fallback = fallback;
    }

    public ScreenRegistry register(NavEntry entry, Supplier<? extends Screen> factory) {
        factories.put(entry, factory);
        return this;
    }

    public Screen screen(NavEntry entry) {
        return built.computeIfAbsent(entry, e -> {
            Supplier<? extends Screen> factory = factories.get(e);
            return factory != null ? factory.get() : fallback.apply(e);
        });
    }

    /** Forgets built screens, e.g. after the UI language changed. */
    public void reset() {
        built.values().forEach(Screen::deactivate);
        built.clear();
    }
}
