package com.siyu.workbench.app;

import com.siyu.workbench.sandbox.SandboxConfig;
import com.siyu.workbench.sandbox.SandboxServer;
import com.siyu.workbench.settings.WeComConnection;
import com.siyu.workbench.wecom.TokenStore;
import com.siyu.workbench.wecom.WeComApi;
import com.siyu.workbench.wecom.WeComClient;
import com.siyu.workbench.wecom.WeComConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WeCom the workbench talks to right now: real WeCom (or a separately started sandbox) at the saved address,
 * or — the first-run default — the built-in sandbox started in-process on loopback with demo data. Either way the
 * rest of the app sees one {@link WeComApi}; only the base URL and credentials differ.
 */
public final class WeComRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WeComRuntime.class);

    private final WeComClient client;
    private final SandboxServer sandbox;

    private WeComRuntime(WeComClient client, SandboxServer sandbox) {
        this.client = client;
        this.sandbox = sandbox;
    }

    /**
     * Starts what {@code connection} asks for. Slow (the embedded sandbox generates its corp): call it off the FX
     * thread. The embedded sandbox keeps what the app pushes to it in {@code sandboxState} across restarts.
     */
    public static WeComRuntime start(WeComConnection connection, TokenStore tokens, Clock clock, Path sandboxState)
            throws IOException {
        if (connection.mode() == WeComConnection.Mode.EMBEDDED_SANDBOX) {
            SandboxServer sandbox = SandboxServer.start(SandboxConfig.demo(clock).withStateFile(sandboxState));
            LOG.info("Built-in WeCom sandbox with demo data at {}", sandbox.baseUrl());
            WeComConfig config = WeComConfig.of(sandbox.baseUrl(), sandbox.corpId(), sandbox.secret(), null);
            return new WeComRuntime(WeComClient.create(config, tokens), sandbox);
        }
        return new WeComRuntime(WeComClient.create(WeComConfig.fromConnection(connection), tokens), null);
    }

    public WeComApi api() {
        return client;
    }

    public boolean embedded() {
        return sandbox != null;
    }

    /** The built-in sandbox, when that is what runs (for the demo's own controls); null for real WeCom. */
    public SandboxServer sandbox() {
        return sandbox;
    }

    @Override
    public void close() {
        client.close();
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
