package com.siyu.workbench.content.library;

import com.siyu.workbench.ui.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A dialog service for view-model tests: records what would be shown and answers from a script. */
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public boolean confirmAnswer = true;
    public Optional<Path> fileAnswer = Optional.empty();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showErrorWithDetails(String title, String message, Throwable details) {
        errors.add(title + ": " + message + " (" + details + ")");
    }

    @Override
    public void showInfo(String title, String message) {
        notices.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return confirmAnswer;
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }

    @Override
    public Optional<String> promptText(String title, String label, String initialValue) {
        return Optional.empty();
    }

    @Override
    public Optional<String> choose(String title, String label, List<String> choices, boolean allowOther) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<String> extensions) {
        return fileAnswer;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<String> extensions) {
        return fileAnswer;
    }
}
