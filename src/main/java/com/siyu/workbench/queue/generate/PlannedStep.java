package com.siyu.workbench.queue.generate;

import com.siyu.workbench.queue.ApprovedContent;
import com.siyu.workbench.queue.ContentStep;
import com.siyu.workbench.queue.TaskKind;
import com.siyu.workbench.queue.rules.ActionType;
import com.siyu.workbench.queue.rules.SopRule;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One task a rule's action produces per sequence, at {@code offset} days after the anchor. A send whose content
 * is not approved becomes a reminder ({@code missingContent} says which content), so nothing unreviewed is sent.
 */
record PlannedStep(int stepNo, int totalSteps, int offset, LocalTime windowStart, LocalTime windowEnd, TaskKind kind,
                   String contentId, Integer contentVersion, boolean sends, String missingContent) {

    static List<PlannedStep> of(SopRule rule, ApprovedContent content) {
        ActionType type = rule.action().type();
        int base = rule.timing().dayOffset();
        LocalTime start = rule.timing().windowStart();
        LocalTime end = rule.timing().windowEnd();
        List<PlannedStep> steps = new ArrayList<>();
        if (!type.sends()) {
            TaskKind kind = type == ActionType.CALL ? TaskKind.CALL : TaskKind.REMINDER;
            steps.add(new PlannedStep(0, 0, base, start, end, kind, null, null, false, null));
            return steps;
        }
        String id = rule.action().contentId();
        if (content == null || content.steps().isEmpty()) {
            steps.add(new PlannedStep(0, 0, base, start, end, TaskKind.REMINDER, null, null, false,
                    id == null ? "" : id));
            return steps;
        }
        if (type != ActionType.SCRIPT) {
            ContentStep only = content.steps().get(0);
            steps.add(new PlannedStep(1, 1, base, start, end, type == ActionType.INVITE ? TaskKind.INVITE
                    : TaskKind.WELCOME, content.id(), content.version(), true, null));
            return steps;
        }
        int from = rule.action().fromStep();
        ContentStep first = content.step(from).orElse(null);
        if (first == null) {
            steps.add(new PlannedStep(0, 0, base, start, end, TaskKind.REMINDER, null, null, false, id));
            return steps;
        }
        int total = content.steps().size();
        for (ContentStep step : content.steps()) {
            boolean wanted = rule.action().onlyThisStep() ? step.stepNo() == from : step.stepNo() >= from;
            if (wanted) {
                boolean ownWindow = step.windowStart() != null && step.windowEnd() != null;
                steps.add(new PlannedStep(step.stepNo(), total, base + step.dayOffset() - first.dayOffset(),
                        ownWindow ? step.windowStart() : start, ownWindow ? step.windowEnd() : end,
                        TaskKind.SCRIPT_STEP, content.id(), content.version(), true, null));
            }
        }
        return steps;
    }
}
