package com.siyu.workbench.settings;

import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin's connection and sync settings, validated and permission-checked. A blank secret means "keep the saved
 * one", so the secret never has to be shown again once saved. The log records what changed, never the secret.
 */
public final class SettingsAdministration {
    private final AppSettings settings;
    private final ActivityLog log;

    public SettingsAdministration(AppSettings settings, ActivityLog log) {
        this.settings = settings;
        this.log = log;
    }

    /** The form as the admin filled it in. */
    public record ConnectionForm(WeComConnection.Mode mode, String baseUrl, String corpId, String newSecret,
                                 String agentId, int syncIntervalMinutes) {
        @Override
        public String toString() {
            return "ConnectionForm[mode=" + mode + ", baseUrl=" + baseUrl + ", corpId=" + corpId + "]";
        }
    }

    /** A field the admin must correct; {@code messageKey} names the problem in the settings bundle. */
    public record Problem(String field, String messageKey) {
    }

    public WeComConnection current(Actor actor) {
        AccessPolicy.require(actor, Permission.MANAGE_SETTINGS);
        return settings.wecom();
    }

    public int syncIntervalMinutes() {
        return settings.syncIntervalMinutes();
    }

    public List<Problem> validate(ConnectionForm form, boolean secretAlreadySaved) {
        List<Problem> problems = new ArrayList<>();
        if (form.syncIntervalMinutes() < 1 || form.syncIntervalMinutes() > 24 * 60) {
            problems.add(new Problem("syncInterval", "settings.problem.interval"));
        }
        if (form.mode() == WeComConnection.Mode.EMBEDDED_SANDBOX) {
            return problems;
        }
        if (!isHttpUrl(form.baseUrl())) {
            problems.add(new Problem("baseUrl", "settings.problem.baseUrl"));
        }
        if (blank(form.corpId())) {
            problems.add(new Problem("corpId", "settings.problem.corpId"));
        }
        if (blank(form.newSecret()) && !secretAlreadySaved) {
            problems.add(new Problem("secret", "settings.problem.secret"));
        }
        if (!blank(form.agentId()) && !form.agentId().strip().matches("\\d{1,10}")) {
            problems.add(new Problem("agentId", "settings.problem.agentId"));
        }
        return problems;
    }

    /** Saves a valid form; throws {@link IllegalArgumentException} if {@link #validate} finds problems. */
    public void save(Actor actor, ConnectionForm form) {
        AccessPolicy.require(actor, Permission.MANAGE_SETTINGS);
        WeComConnection before = settings.wecom();
        if (!validate(form, before.secret() != null).isEmpty()) {
            throw new IllegalArgumentException("invalid connection settings");
        }
        WeComConnection next = form.mode() == WeComConnection.Mode.EMBEDDED_SANDBOX
                ? WeComConnection.embeddedSandbox()
                : new WeComConnection(form.mode(), form.baseUrl().strip(), form.corpId().strip(),
                        blank(form.newSecret()) ? before.secret() : form.newSecret().strip(),
                        blank(form.agentId()) ? null : Integer.valueOf(form.agentId().strip()));
        settings.setWecom(next);
        settings.setSyncIntervalMinutes(form.syncIntervalMinutes());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mode", next.mode().name());
        details.put("baseUrl", next.baseUrl() == null ? "" : next.baseUrl());
        details.put("corpId", next.corpId() == null ? "" : next.corpId());
        details.put("secretChanged", !blank(form.newSecret()));
        details.put("syncIntervalMinutes", form.syncIntervalMinutes());
        log.append(ActivityEvent.of(actor.userid(), Actions.SETTINGS_CHANGED).withDetails(details));
    }

    private static boolean isHttpUrl(String text) {
        if (blank(text)) {
            return false;
        }
        try {
            URI uri = URI.create(text.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
