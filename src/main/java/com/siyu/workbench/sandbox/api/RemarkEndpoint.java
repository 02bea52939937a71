package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.sandbox.model.Contact;
import com.siyu.workbench.sandbox.model.WeComError;
import java.util.List;

/**
 * externalcontact/remark: fields present in the body replace the stored ones, absent ones stay; remark ≤20 chars,
 * description ≤150, remark_company ≤20 (only kept for WeChat-user customers, read back as
 * {@code remark_corp_name}); {@code remark_mobiles} overwrites, {@code [""]} clears.
 */
public final class RemarkEndpoint {
    private final ApiContext context;

    public RemarkEndpoint(ApiContext context) {
        this.context = context;
    }

    public List<Endpoint> endpoints() {
        return List.of(Endpoint.postWrite("externalcontact/remark", this::remark));
    }

    private ApiResponse remark(ApiRequest request) {
        ObjectNode body = request.body();
        String userid = Params.requireText(body, "userid");
        String externalUserid = Params.requireText(body, "external_userid");
        String remark = Params.text(body, "remark");
        String description = Params.text(body, "description");
        String company = Params.text(body, "remark_company");
        JsonNode mobilesNode = body.get("remark_mobiles");
        List<String> mobiles = mobilesNode != null && mobilesNode.isTextual()
                ? List.of(mobilesNode.asText()) : Params.strings(body, "remark_mobiles");
        String pic = Params.text(body, "remark_pic_mediaid");
        if (remark == null && description == null && company == null && mobilesNode == null && pic == null) {
            throw WeComError.missing("remark, description, remark_company, remark_mobiles or remark_pic_mediaid");
        }
        Params.maxChars(remark, 20, "remark");
        Params.maxChars(description, 150, "description");
        Params.maxChars(company, 20, "remark_company");
        context.model().org().member(userid).orElseThrow(() -> WeComError.invalidUserid(userid));
        Contact contact = context.model().contacts().contact(externalUserid)
                .orElseThrow(() -> new WeComError(40096, "invalid external userid"));
        List<String> newMobiles = mobiles.stream().filter(m -> !m.isEmpty()).toList();
        context.model().contacts().update(userid, externalUserid, follow -> follow.withRemarks(
                remark == null ? follow.remark() : remark,
                description == null ? follow.description() : description,
                company == null || contact.type() != 1 ? follow.remarkCorpName() : company,
                mobilesNode == null ? follow.remarkMobiles() : newMobiles));
        return ApiResponse.of(context.ok());
    }

}
