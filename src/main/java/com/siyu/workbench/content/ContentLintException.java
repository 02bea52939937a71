package com.siyu.workbench.content;

import com.siyu.workbench.content.lint.Finding;
import java.util.List;

/** Submission or approval refused because lint found errors; carries every finding so the UI can list them. */
public class ContentLintException extends ContentStateException {
    private final transient List<Finding> findings;

    public ContentLintException(List<Finding> findings) {
        super("content.error.lint", findings.stream().filter(Finding::isError).count());
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
