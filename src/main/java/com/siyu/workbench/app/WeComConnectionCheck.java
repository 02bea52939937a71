package com.siyu.workbench.app;

import com.siyu.workbench.admin.ConnectionCheck;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.settings.WeComConnection;
import com.siyu.workbench.wecom.InMemoryTokenStore;
import com.siyu.workbench.wecom.WeComApi;
import com.siyu.workbench.wecom.WeComClient;
import com.siyu.workbench.wecom.WeComConfig;
import com.siyu.workbench.wecom.WeComException;
import java.util.function.Supplier;

/**
 * The settings form's "测试连接": fetches a token with the entered credentials and lists the 客户联系 members — the
 * two things sync needs — and explains a refusal in the UI language. Uses a throw-away token cache, so a wrong
 * secret never replaces a good saved token.
 */
final class WeComConnectionCheck implements ConnectionCheck {
    private final LiveConnection live;
    private final Supplier<Messages> messages;

    WeComConnectionCheck(LiveConnection live, Supplier<Messages> messages) {
        this.live = live;
        this.messages = messages;
    }

    @Override
    public void check(WeComConnection connection) throws Exception {
        try {
            if (connection.mode() == WeComConnection.Mode.EMBEDDED_SANDBOX) {
                WeComApi api = live.api().orElseThrow(() -> new IllegalStateException(
                        messages.get().get("settings.connection.sandboxStarting")));
                api.getFollowUserList();
                return;
            }
            try (WeComClient client = WeComClient.create(WeComConfig.fromConnection(connection),
                    new InMemoryTokenStore())) {
                client.getFollowUserList();
            }
        } catch (WeComException e) {
            throw new IllegalStateException(messages.get().get(e.messageKey(), e.messageArgs()), e);
        }
    }
}
