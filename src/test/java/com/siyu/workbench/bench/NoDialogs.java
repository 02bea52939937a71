package com.siyu.workbench.bench;

import com.siyu.workbench.ui.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Benchmarks run without a person: any error dialog is a failure of the run. */
final class NoDialogs implements DialogService {
    @Override
    public void showError(String title, String message) {
        throw new IllegalStateException(title + ": " + message);
    }

    @Override
    public void showErrorWithDetails(String title, String message, Throwable details) {
        throw new IllegalStateException(title + ": " + message, details);
    }

    @Override
    public void showInfo(String title, String message) {
    }

    @Override
    public boolean confirm(String title, String message) {
        return true;
    }

    @Override
    public void notify(String message) {
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
        return Optional.empty();
    }
}
