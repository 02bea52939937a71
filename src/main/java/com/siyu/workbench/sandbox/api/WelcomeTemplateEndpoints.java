package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.sandbox.model.WeComError;
import com.siyu.workbench.sandbox.model.WelcomeTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** group_welcome_template/add, edit, get and del (≤100 templates per corp; text ≤3000 B on add, ≤4000 B on edit). */
public final class WelcomeTemplateEndpoints {
    private static final List<String> FIELDS = List.of("text", "image", "link", "miniprogram", "file", "video");
    private static final int MAX_TEMPLATES = 100;

    private final ApiContext context;

    public WelcomeTemplateEndpoints(ApiContext context) {
        this.context = context;
    }

    public List<Endpoint> endpoints() {
        return List.of(Endpoint.postWrite("externalcontact/group_welcome_template/add", this::add),
                Endpoint.postWrite("externalcontact/group_welcome_template/edit", this::edit),
                Endpoint.post("externalcontact/group_welcome_template/get", this::get),
                Endpoint.postWrite("externalcontact/group_welcome_template/del", this::delete));
    }

    private ApiResponse add(ApiRequest request) {
        ObjectNode content = content(request.body(), 3000);
        return context.model().lock().write(() -> {
            if (context.model().ways().welcomeTemplates().size() >= MAX_TEMPLATES) {
                throw new WeComError(41055, "group welcome template count exceed limit");
            }
            WelcomeTemplate template = new WelcomeTemplate(context.ids().welcomeTemplate(), json(content),
                    context.now());
            context.model().ways().put(template);
            ObjectNode response = context.ok();
            response.put("template_id", template.templateId());
            return ApiResponse.of(response);
        });
    }

    private ApiResponse edit(ApiRequest request) {
        WelcomeTemplate existing = existing(request.body());
        ObjectNode content = content(request.body(), 4000);
        context.model().ways().put(new WelcomeTemplate(existing.templateId(), json(content),
                existing.createTime()));
        return ApiResponse.of(context.ok());
    }

    private ApiResponse get(ApiRequest request) {
        WelcomeTemplate template = existing(request.body());
        ObjectNode response = context.ok();
        try {
            response.setAll((ObjectNode) context.mapper().readTree(template.contentJson()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ApiResponse.of(response);
    }

    private ApiResponse delete(ApiRequest request) {
        WelcomeTemplate template = existing(request.body());
        context.model().ways().removeWelcomeTemplate(template.templateId());
        return ApiResponse.of(context.ok());
    }

    private WelcomeTemplate existing(ObjectNode body) {
        String id = Params.requireText(body, "template_id");
        return context.model().ways().welcomeTemplate(id)
                .orElseThrow(() -> WeComError.invalidParameter("template_id"));
    }

    private ObjectNode content(ObjectNode body, int maxTextBytes) {
        ObjectNode content = context.object();
        for (String field : FIELDS) {
            JsonNode value = body.get(field);
            if (value != null && value.isObject()) {
                content.set(field, value.deepCopy());
            }
        }
        if (content.isEmpty()) {
            throw WeComError.missing("text or attachment");
        }
        Params.maxBytes(content.path("text").path("content").asText(null), maxTextBytes, "text.content");
        if (content.has("image") && content.get("image").has("media_id")) {
            ObjectNode image = (ObjectNode) content.get("image");
            image.put("pic_url", "https://wework.qpic.cn/wwpic/" + image.get("media_id").asText() + "/0");
            image.remove("media_id");
        }
        return content;
    }

    private String json(ObjectNode node) {
        try {
            return context.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
