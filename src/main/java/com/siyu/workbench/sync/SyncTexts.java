package com.siyu.workbench.sync;

import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;

/**
 * The Chinese texts sync stores for people to read later (sync log errors, reasons of parked items): stored text
 * must not change with the language of whoever happens to be running the app when it is written.
 */
final class SyncTexts {
    private final Messages chinese = Messages.load(Language.ZH_CN);

    boolean has(String key) {
        return chinese.has(key);
    }

    String get(String key, Object... args) {
        return chinese.get(key, args);
    }
}
