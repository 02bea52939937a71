package com.siyu.workbench.admin;

import com.siyu.workbench.ui.Screen;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * 同步与设置 (admin): one tab per concern — connection, roles, and whatever the sync feature adds (run log, items
 * that need a person). Each tab loads its data when the screen is shown.
 */
public final class SettingsScreen implements Screen {
    private final TabPane tabs = new TabPane();
    private final List<Runnable> onActivate = new ArrayList<>();

    public SettingsScreen() {
        tabs.setId("settingsTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("settings-tabs");
    }

    /** Adds a tab whose content refreshes every time the screen is shown. */
    public SettingsScreen addTab(String id, String title, Node content, Runnable refresh) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tabs.getTabs().add(tab);
        onActivate.add(refresh);
        return this;
    }

    @Override
    public Node root() {
        return tabs;
    }

    @Override
    public void activate() {
        onActivate.forEach(Runnable::run);
    }
}
