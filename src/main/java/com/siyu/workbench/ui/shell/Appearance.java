package com.siyu.workbench.ui.shell;

import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.settings.Theme;

/** Theme and language, which outlive any one shell: the app owns them and rebuilds the shell on a language switch. */
public interface Appearance {
    Theme theme();

    void applyTheme(Theme theme);

    void switchLanguage(Language language);
}
