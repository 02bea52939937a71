package com.siyu.workbench.wecom;

import java.util.Set;

/** The one place that decides what a WeCom errcode means for the client (see wecom-api.md §19). */
final class ErrorClassifier {
    static final int SYSTEM_BUSY = -1;
    static final int FREQUENCY_LIMIT = 45009;
    static final int CONCURRENCY_LIMIT = 45033;
    static final int RELATION_NOT_FOUND = 84061;

    private static final Set<Integer> TOKEN = Set.of(40001, 40014, 42001);
    private static final Set<Integer> CONFIG = Set.of(40013, 41002, 41004, 48002, 48009, 60020, 301002);
    private static final Set<Integer> INVALID_ITEM = Set.of(40003, 40068, 40071, 40096, 40097, 40098, 40128, 40129,
            40130, 40131, 41050, 41051, 60111, 81013, 90500, 90501, 90502, 90507, 90508);

    private ErrorClassifier() {
    }

    /** -1 (busy), 45009 and 45033: WeCom did not do the work; the same request may be sent again later. */
    static boolean isRetryable(int errcode) {
        return errcode == SYSTEM_BUSY || errcode == FREQUENCY_LIMIT || errcode == CONCURRENCY_LIMIT;
    }

    /** On an API call (not gettoken) these mean "drop the cached token, fetch a new one, try once more". */
    static boolean isTokenError(int errcode) {
        return TOKEN.contains(errcode);
    }

    static WeComErrorKind classify(int errcode, boolean fromGettoken) {
        if (CONFIG.contains(errcode) || fromGettoken && errcode == 40001) {
            return WeComErrorKind.CONFIG;
        }
        if (TOKEN.contains(errcode)) {
            return WeComErrorKind.TOKEN;
        }
        if (errcode == FREQUENCY_LIMIT || errcode == CONCURRENCY_LIMIT) {
            return WeComErrorKind.RATE_LIMIT;
        }
        if (errcode == SYSTEM_BUSY) {
            return WeComErrorKind.UNAVAILABLE;
        }
        if (errcode == RELATION_NOT_FOUND) {
            return WeComErrorKind.RELATION_NOT_FOUND;
        }
        if (INVALID_ITEM.contains(errcode)) {
            return WeComErrorKind.INVALID_ITEM;
        }
        if (errcode == 60011) {
            return WeComErrorKind.NO_PRIVILEGE;
        }
        if (errcode == 41063) {
            return WeComErrorKind.RETRY_LATER;
        }
        return WeComErrorKind.OTHER;
    }

    /** The typed exception for a business error answer ({@code errmsg} already cleaned). */
    static WeComException exception(String path, int errcode, String errmsg, boolean fromGettoken) {
        WeComErrorKind kind = classify(errcode, fromGettoken);
        return switch (kind) {
            case CONFIG -> new WeComConfigException(path, errcode, errmsg, null);
            case TOKEN -> new WeComTokenException(path, errcode, errmsg, null);
            case RATE_LIMIT -> new WeComRateLimitException(path, errcode, errmsg, null);
            case RELATION_NOT_FOUND -> new WeComRelationNotFoundException(path, errcode, errmsg, null);
            case INVALID_ITEM -> new WeComInvalidItemException(path, errcode, errmsg, null);
            case UNAVAILABLE -> new WeComUnavailableException(kind, path, errcode, errmsg, null);
            default -> new WeComException(kind, path, errcode, errmsg, null);
        };
    }
}
