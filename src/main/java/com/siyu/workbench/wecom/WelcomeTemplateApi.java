package com.siyu.workbench.wecom;

import com.siyu.workbench.wecom.dto.GroupWelcomeTemplate;

/** Group welcome templates (§10). */
final class WelcomeTemplateApi {
    private final ApiCaller api;

    WelcomeTemplateApi(ApiCaller api) {
        this.api = api;
    }

    String add(GroupWelcomeTemplate template) {
        return api.post(WeComPaths.WELCOME_ADD, template.withTemplateId(null)).path("template_id").asText();
    }

    void edit(GroupWelcomeTemplate template) {
        if (template.templateId() == null || template.templateId().isEmpty()) {
            throw new IllegalArgumentException("group_welcome_template/edit needs a template_id");
        }
        api.post(WeComPaths.WELCOME_EDIT, template);
    }

    GroupWelcomeTemplate get(String templateId) {
        String path = WeComPaths.WELCOME_GET;
        GroupWelcomeTemplate read = api.readAll(path, api.post(path, api.object().put("template_id", templateId)),
                GroupWelcomeTemplate.class);
        return read.withTemplateId(templateId);
    }

    void delete(String templateId) {
        api.post(WeComPaths.WELCOME_DEL, api.object().put("template_id", templateId));
    }
}
