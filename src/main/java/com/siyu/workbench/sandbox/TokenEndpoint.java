package com.siyu.workbench.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.sandbox.api.ApiContext;
import com.siyu.workbench.sandbox.api.ApiRequest;
import com.siyu.workbench.sandbox.api.ApiResponse;
import com.siyu.workbench.sandbox.api.Endpoint;
import com.siyu.workbench.sandbox.model.WeComError;

/** gettoken: 41002 / 41004 for a missing corpid / secret, 40013 / 40001 for wrong ones, else the current token. */
final class TokenEndpoint {
    private final ApiContext context;
    private final TokenStore tokens;
    private final String corpId;
    private final String secret;

    TokenEndpoint(ApiContext context, TokenStore tokens, String corpId, String secret) {
        this.context = context;
        this.tokens = tokens;
        this.corpId = corpId;
        this.secret = secret;
    }

    Endpoint endpoint() {
        return new Endpoint("gettoken", false, false, false, this::token);
    }

    private ApiResponse token(ApiRequest request) {
        String givenCorp = request.query("corpid");
        String givenSecret = request.query("corpsecret");
        if (givenCorp == null || givenCorp.isEmpty()) {
            throw new WeComError(41002, "corpid missing");
        }
        if (givenSecret == null || givenSecret.isEmpty()) {
            throw new WeComError(41004, "corpsecret missing");
        }
        if (!givenCorp.equals(corpId)) {
            throw new WeComError(40013, "invalid corpid");
        }
        if (!givenSecret.equals(secret)) {
            throw new WeComError(40001, "invalid credential");
        }
        TokenStore.Issued issued = tokens.issue(context.now());
        ObjectNode body = context.ok();
        body.put("access_token", issued.token());
        body.put("expires_in", issued.expiresIn());
        return ApiResponse.of(body);
    }
}
