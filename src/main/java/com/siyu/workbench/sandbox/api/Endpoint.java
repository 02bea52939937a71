package com.siyu.workbench.sandbox.api;

/**
 * One /cgi-bin/ path. {@code postOnly} endpoints refuse GET as WeCom does; {@code write} endpoints change the model
 * and are journaled to the state file; {@code needsToken} is false only for gettoken.
 */
public record Endpoint(String path, boolean postOnly, boolean write, boolean needsToken, Handler handler) {
    /** The endpoint's logic; business errors are thrown as {@code WeComError}. */
    @FunctionalInterface
    public interface Handler {
        ApiResponse handle(ApiRequest request);
    }

    public static Endpoint get(String path, Handler handler) {
        return new Endpoint(path, false, false, true, handler);
    }

    public static Endpoint post(String path, Handler handler) {
        return new Endpoint(path, true, false, true, handler);
    }

    public static Endpoint postWrite(String path, Handler handler) {
        return new Endpoint(path, true, true, true, handler);
    }
}
