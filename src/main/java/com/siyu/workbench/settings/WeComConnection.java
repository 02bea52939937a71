package com.siyu.workbench.settings;

import java.util.Objects;

/**
 * How the workbench reaches WeCom: the built-in sandbox (first run, demo) or a real corp. Talking to real WeCom
 * changes only the base URL and the credentials.
 */
public record WeComConnection(Mode mode, String baseUrl, String corpId, String secret, Integer agentId) {
    public static final String WECOM_BASE_URL = "https://qyapi.weixin.qq.com";

    public enum Mode {
        /** Start the built-in sandbox on loopback with demo data. */
        EMBEDDED_SANDBOX,
        /** A WeCom server (real, or a sandbox started separately) at {@link #baseUrl}. */
        REMOTE
    }

    public WeComConnection {
        Objects.requireNonNull(mode);
    }

    public static WeComConnection embeddedSandbox() {
        return new WeComConnection(Mode.EMBEDDED_SANDBOX, null, null, null, null);
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "WeComConnection[mode=" + mode + ", baseUrl=" + baseUrl + ", corpId=" + corpId
                + ", secret=" + (secret == null ? "none" : "***") + ", agentId=" + agentId + "]";
    }
}
