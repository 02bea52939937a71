package com.siyu.workbench.content.lint;

import com.siyu.workbench.content.ContentBody;
import com.siyu.workbench.content.ContentType;
import com.siyu.workbench.content.ScriptStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks content as it is typed and again at submission and review. Pure: no I/O, so the editor can run it on every
 * keystroke. Errors block submission and approval; warnings are advice.
 */
public final class ContentLinter {
    private final List<TextRule> textRules;
    private final AttachmentRule attachmentRule = new AttachmentRule();

    public ContentLinter(LintVocabulary vocabulary) {
        this.textRules = List.of(new VariableRule(), WordListRule.adLaw(vocabulary), WordListRule.sensitive(vocabulary),
                new LengthRule(), WordListRule.hardSell(vocabulary), new AllCapsRule(), new ExclamationRule(),
                new LinkRule(), new PhoneNumberRule(), new PersonalizationRule());
    }

    public static ContentLinter withDefaults() {
        return new ContentLinter(LintVocabulary.defaults());
    }

    /** The findings for one message text (what the editor shows as you type). */
    public List<Finding> lintText(String field, String text, TextKind kind) {
        List<Finding> out = new ArrayList<>();
        String t = text == null ? "" : text;
        textRules.forEach(rule -> rule.check(field, t, kind, out));
        out.sort(java.util.Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        return out;
    }

    /** Every finding of a whole version: structure, each text, each attachment. */
    public List<Finding> lint(ContentBody body) {
        List<Finding> out = new ArrayList<>();
        if (body.name().isBlank()) {
            out.add(new Finding(RuleIds.REQUIRED, Severity.ERROR, "name", 0, 0,
                    LocalizedText.of("content.lint.required.name"), LocalizedText.of("content.lint.required.hint"),
                    null));
        }
        if (body.type() == ContentType.SCRIPT) {
            new StepRules().check(body.steps(), out);
            for (int i = 0; i < body.steps().size(); i++) {
                ScriptStep step = body.steps().get(i);
                message("steps[" + i + "]", step.text(), step.attachments(), TextKind.MESSAGE, out);
            }
        } else {
            message("", body.text(), body.attachments(), TextKind.MESSAGE, out);
            if (!body.scope().isComplete()) {
                out.add(new Finding(RuleIds.SCOPE, Severity.ERROR, "scope", 0, 0,
                        LocalizedText.of("content.lint.scope"), LocalizedText.of("content.lint.scope.hint"), null));
            }
        }
        if (body.type() == ContentType.INVITE) {
            if (body.targetChatId() == null && body.joinQrCode() == null) {
                out.add(new Finding(RuleIds.INVITE_LINK, Severity.WARNING, "targetChatId", 0, 0,
                        LocalizedText.of("content.lint.inviteLink"), LocalizedText.of("content.lint.inviteLink.hint"),
                        null));
            }
            if (body.groupWelcomeText() != null) {
                out.addAll(lintText("groupWelcomeText", body.groupWelcomeText(), TextKind.GROUP_WELCOME));
            }
        }
        return out;
    }

    private void message(String prefix, String text, List<com.siyu.workbench.content.Attachment> attachments,
                         TextKind kind, List<Finding> out) {
        String dot = prefix.isEmpty() ? "" : prefix + ".";
        if ((text == null || text.isBlank()) && attachments.isEmpty()) {
            out.add(new Finding(RuleIds.EMPTY, Severity.ERROR, dot + "text", 0, 0, LocalizedText.of("content.lint.empty"),
                    LocalizedText.of("content.lint.empty.hint"), null));
        }
        out.addAll(lintText(dot + "text", text, kind));
        attachmentRule.check(dot + "attachments", attachments, out);
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }

    public static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
