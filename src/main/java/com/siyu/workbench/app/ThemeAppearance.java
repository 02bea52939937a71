package com.siyu.workbench.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.settings.AppSettings;
import com.siyu.workbench.settings.Theme;
import com.siyu.workbench.ui.shell.Appearance;
import java.util.function.Consumer;
import javafx.application.Application;

/** AtlantaFX Primer light/dark as the user-agent stylesheet; the choice and the language are remembered. */
final class ThemeAppearance implements Appearance {
    private final AppSettings settings;
    private final Consumer<Language> onLanguageChange;

    ThemeAppearance(AppSettings settings, Consumer<Language> onLanguageChange) {
        this.settings = settings;
        this.onLanguageChange = onLanguageChange;
    }

    @Override
    public Theme theme() {
        return settings.theme();
    }

    @Override
    public void applyTheme(Theme theme) {
        settings.setTheme(theme);
        install(theme);
    }

    static void install(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void switchLanguage(Language language) {
        if (language != settings.language()) {
            settings.setLanguage(language);
            onLanguageChange.accept(language);
        }
    }
}
