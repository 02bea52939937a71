package com.siyu.workbench.wecom;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the corp secret and access tokens from any text before it reaches a log line or an exception: the known
 * values themselves (the secret and the last few tokens) and anything that looks like {@code access_token=…} or
 * {@code corpsecret=…} in a URL.
 */
final class Redactor {
    private static final Pattern QUERY_SECRET = Pattern.compile("(?i)(access_token|corpsecret)=[^&\\s\"',;)]*");
    private static final int TOKENS_REMEMBERED = 8;
    private static final int MAX_LENGTH = 500;

    private final String secret;
    private final Deque<String> tokens = new ArrayDeque<>();

    Redactor(String secret) {
        this.secret = secret;
    }

    /** Remembers a token so that later texts containing it are cleaned too. */
    synchronized void addToken(String token) {
        if (token == null || token.isEmpty() || tokens.contains(token)) {
            return;
        }
        tokens.addFirst(token);
        while (tokens.size() > TOKENS_REMEMBERED) {
            tokens.removeLast();
        }
    }

    String clean(String text) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (String value : knownValues()) {
            if (!value.isEmpty()) {
                out = out.replace(value, "***");
            }
        }
        out = QUERY_SECRET.matcher(out).replaceAll("$1=***");
        return out.length() > MAX_LENGTH ? out.substring(0, MAX_LENGTH) + "…" : out;
    }

    private synchronized List<String> knownValues() {
        List<String> values = new java.util.ArrayList<>(tokens);
        if (secret != null) {
            values.add(secret);
        }
        return values;
    }

    /** A copy of {@code failure} whose message (and causes' messages) are cleaned; stack traces are kept. */
    Throwable cleanCause(Throwable failure) {
        if (failure == null) {
            return null;
        }
        Throwable copy = new RedactedFailure(failure.getClass().getName() + ": " + clean(failure.getMessage()),
                cleanCause(failure.getCause() == failure ? null : failure.getCause()));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** Stands in for a library exception whose message may have held a URL with the token. */
    static final class RedactedFailure extends Exception {
        RedactedFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
