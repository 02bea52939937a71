package com.siyu.workbench.contacts;

/** How the list's tag filter combines the chosen tags: any of them, all of them, or none of them. */
public enum TagMode {
    ANY,
    ALL,
    NONE
}
