package com.siyu.workbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every way the app asks or tells the user something; view models call this, tests substitute it. */
public interface DialogService {
    void showError(String title, String message);

    /** An error with technical details the user can expand and copy (for a support ticket). */
    void showErrorWithDetails(String title, String message, Throwable details);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    /** A short, non-blocking message (shown in the status bar). */
    void notify(String message);

    Optional<String> promptText(String title, String label, String initialValue);

    /** Lets the user pick one of {@code choices} or type their own when {@code allowOther}. */
    Optional<String> choose(String title, String label, List<String> choices, boolean allowOther);

    Optional<Path> chooseFileToOpen(String title, List<String> extensions);

    Optional<Path> chooseFileToSave(String title, String suggestedName, List<String> extensions);
}
