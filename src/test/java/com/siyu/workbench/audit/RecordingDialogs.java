package com.siyu.workbench.audit;

import com.siyu.workbench.ui.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A DialogService that answers "save to this file" and remembers what it was told. */
final class RecordingDialogs implements DialogService {
    final List<String> notices = new CopyOnWriteArrayList<>();
    final List<String> errors = new CopyOnWriteArrayList<>();
    final List<String> suggestedNames = new CopyOnWriteArrayList<>();
    volatile Path saveTo;

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showErrorWithDetails(String title, String message, Throwable details) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        notices.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return true;
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
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<String> extensions) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(saveTo);
    }
}
