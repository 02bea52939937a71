package com.siyu.workbench.audit;

/** File formats a table exports to. */
public enum ExportFormat {
    /** UTF-8 with a byte-order mark, so Excel on Windows opens Chinese text correctly. */
    CSV("csv"),
    XLSX("xlsx");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
