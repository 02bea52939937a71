package com.siyu.workbench.testing;

import com.siyu.workbench.ui.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one {@link DialogService} double for tests and benchmarks: records what the screen tried to tell the user
 * and answers its questions from a script (confirmations yes unless told otherwise; file choosers, text prompts
 * and choices answer "cancelled" unless given a reply). The lists are safe to read from the test thread while a
 * screen writes them from the FX thread.
 */
public final class ScriptedDialogs implements DialogService {
    private final boolean failOnError;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final List<String> confirmations = new CopyOnWriteArrayList<>();
    private final List<String> suggestedFileNames = new CopyOnWriteArrayList<>();
    private final Deque<String> replies = new ArrayDeque<>();
    private volatile boolean confirmAnswer = true;
    private volatile Path fileToOpen;
    private volatile Path fileToSave;

    private ScriptedDialogs(boolean failOnError) {
        this.failOnError = failOnError;
    }

    /** Records errors in {@link #errors()} for the test to assert on. */
    public static ScriptedDialogs recording() {
        return new ScriptedDialogs(false);
    }

    /** Throws an {@link AssertionError} at the first error shown: for runs in which any error is a failure. */
    public static ScriptedDialogs failingOnError() {
        return new ScriptedDialogs(true);
    }

    /** How later confirmations are answered (yes by default). */
    public ScriptedDialogs answerConfirmations(boolean answer) {
        confirmAnswer = answer;
        return this;
    }

    /** The file both choosers answer with ({@code null}: the user cancels). */
    public ScriptedDialogs answerFileChoosers(Path file) {
        return answerFileToOpen(file).answerFileToSave(file);
    }

    public ScriptedDialogs answerFileToOpen(Path file) {
        fileToOpen = file;
        return this;
    }

    public ScriptedDialogs answerFileToSave(Path file) {
        fileToSave = file;
        return this;
    }

    /** Replies typed into the next text prompts or choice dialogs, in order; once used up they answer "cancelled". */
    public synchronized ScriptedDialogs answerPrompts(String... typed) {
        replies.addAll(List.of(typed));
        return this;
    }

    /** Each error as {@code title: message}, with {@code (details)} appended where the screen gave some. */
    public List<String> errors() {
        return errors;
    }

    /** Information dialogs and status-bar notifications, in the order shown. */
    public List<String> notices() {
        return notices;
    }

    /** The message of every confirmation asked. */
    public List<String> confirmations() {
        return confirmations;
    }

    /** The file name each save chooser suggested. */
    public List<String> suggestedFileNames() {
        return suggestedFileNames;
    }

    @Override
    public void showError(String title, String message) {
        error(title + ": " + message, null);
    }

    @Override
    public void showErrorWithDetails(String title, String message, Throwable details) {
        error(title + ": " + message + " (" + details + ")", details);
    }

    private void error(String text, Throwable cause) {
        if (failOnError) {
            throw new AssertionError(text, cause);
        }
        errors.add(text);
    }

    @Override
    public void showInfo(String title, String message) {
        notices.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(message);
        return confirmAnswer;
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }

    @Override
    public synchronized Optional<String> promptText(String title, String label, String initialValue) {
        return Optional.ofNullable(replies.poll());
    }

    @Override
    public synchronized Optional<String> choose(String title, String label, List<String> choices, boolean allowOther) {
        return Optional.ofNullable(replies.poll());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<String> extensions) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<String> extensions) {
        suggestedFileNames.add(suggestedName);
        return Optional.ofNullable(fileToSave);
    }
}
