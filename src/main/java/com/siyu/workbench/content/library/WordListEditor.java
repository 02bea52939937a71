package com.siyu.workbench.content.library;

import com.siyu.workbench.content.ContentModule;
import com.siyu.workbench.content.lint.LintList;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.ui.DialogService;
import java.util.Arrays;
import java.util.List;

/** Lets a reviewer edit a lint word list (sensitive words, Advertising-Law terms…) as one line of words. */
final class WordListEditor {
    private final ContentLibraryViewModel model;
    private final ContentModule content;
    private final DialogService dialogs;
    private final Messages messages;

    WordListEditor(ContentLibraryViewModel model, ContentModule content, DialogService dialogs, Messages messages) {
        this.model = model;
        this.content = content;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    void edit() {
        List<String> names = Arrays.stream(LintList.values()).map(l -> messages.get("content.words." + l.name()))
                .toList();
        dialogs.choose(messages.get("content.library.words"), messages.get("content.words.which"), names, false)
                .map(names::indexOf).filter(i -> i >= 0).map(i -> LintList.values()[i]).ifPresent(this::editList);
    }

    private void editList(LintList list) {
        model.actions().run(() -> content.lintSettings().vocabulary().words(list), current ->
                dialogs.promptText(messages.get("content.words." + list.name()), messages.get("content.words.hint"),
                        String.join("、", current)).ifPresent(edited -> save(list, edited)));
    }

    private void save(LintList list, String edited) {
        List<String> words = Arrays.stream(edited.split("[、,，;；\\s]+")).filter(w -> !w.isBlank()).toList();
        model.actions().run(() -> {
            content.lintSettings().update(model.actor(), list, words);
            return content.lintSettings().linter();
        }, fresh -> {
            model.refreshLinter(fresh);
            dialogs.notify(messages.get("content.words.saved", words.size()));
        });
    }
}
