package com.siyu.workbench.settings;

public enum Theme {
    LIGHT, DARK
}
