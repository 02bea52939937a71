package com.siyu.workbench.content.bulk;

import com.siyu.workbench.content.lint.LocalizedText;

/** The file as a whole cannot be imported (wrong encoding, missing columns, a record far too large …). */
public class ImportFileException extends Exception {
    private final transient LocalizedText text;

    public ImportFileException(LocalizedText text) {
        super(text.key() + " " + text.args());
        this.text = text;
    }

    public LocalizedText text() {
        return text;
    }
}
