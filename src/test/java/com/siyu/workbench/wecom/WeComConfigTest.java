package com.siyu.workbench.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.settings.WeComConnection;
import org.junit.jupiter.api.Test;

class WeComConfigTest {

    @Test
    void remoteConnectionBecomesAConfigWithoutPrintingTheSecret() {
        WeComConfig config = WeComConfig.fromConnection(new WeComConnection(WeComConnection.Mode.REMOTE,
                "http://127.0.0.1:18080/", "ww1", "very-secret", 1000002));

        assertThat(config.baseUrl()).isEqualTo("http://127.0.0.1:18080");
        assertThat(config.agentId()).isEqualTo(1000002L);
        assertThat(config.toString()).doesNotContain("very-secret");
    }

    @Test
    void defaultBaseUrlIsRealWeCom() {
        WeComConfig config = WeComConfig.fromConnection(new WeComConnection(WeComConnection.Mode.REMOTE, null, "ww1",
                "s", null));
        assertThat(config.baseUrl()).isEqualTo("https://qyapi.weixin.qq.com");
    }

    @Test
    void embeddedSandboxHasNoStoredAddress() {
        assertThatThrownBy(() -> WeComConfig.fromConnection(WeComConnection.embeddedSandbox()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
