package com.siyu.workbench.content.lint;

import java.util.List;
import java.util.Map;

/** The edited lint word lists. A list never edited has no row and uses the shipped default. */
public interface LintListRepository {
    /** The edited lists only. */
    Map<LintList, List<String>> edited();

    void save(LintList list, List<String> words, String by);

    void reset(LintList list);
}
