package com.siyu.workbench.content;

import java.util.List;
import java.util.Optional;

/** An approved, live script as the queue uses it: the version to record on tasks and its steps in order. */
public record ApprovedScript(String id, int version, String name, String scene, List<String> audience,
                             List<ScriptStep> steps) {
    /** Step {@code stepNo} (1-based, as stored in {@code tasks.step_no}). */
    public Optional<ScriptStep> step(int stepNo) {
        return stepNo >= 1 && stepNo <= steps.size() ? Optional.of(steps.get(stepNo - 1)) : Optional.empty();
    }
}
