package com.siyu.workbench.wecom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * What one HTTP exchange with WeCom produced, before the retry loop decides what to do with it. Transport failures
 * are values here, not exceptions, so the loop sees every outcome in one place.
 */
record Answer(Outcome outcome, ObjectNode json, int errcode, String errmsg, int httpStatus, Throwable failure) {

    enum Outcome { OK, ERRCODE, HTTP_STATUS, IO, MALFORMED }

    static Answer ok(ObjectNode json) {
        return new Answer(Outcome.OK, json, 0, "ok", 200, null);
    }

    static Answer errcode(ObjectNode json, int errcode, String errmsg) {
        return new Answer(Outcome.ERRCODE, json, errcode, errmsg, 200, null);
    }

    static Answer httpStatus(int status) {
        return new Answer(Outcome.HTTP_STATUS, null, WeComException.NO_ERRCODE, "HTTP " + status, status, null);
    }

    static Answer io(IOException failure, String cleanMessage) {
        return new Answer(Outcome.IO, null, WeComException.NO_ERRCODE, cleanMessage, 0, failure);
    }

    static Answer malformed(Throwable failure, String cleanMessage) {
        return new Answer(Outcome.MALFORMED, null, WeComException.NO_ERRCODE, cleanMessage, 200, failure);
    }

    boolean isOk() {
        return outcome == Outcome.OK;
    }

    boolean isTokenRejected() {
        return outcome == Outcome.ERRCODE && ErrorClassifier.isTokenError(errcode);
    }

    /** 45009 or HTTP 429: the whole API must pause for the rate-limit window. */
    boolean isFrequencyLimit() {
        return outcome == Outcome.ERRCODE && errcode == ErrorClassifier.FREQUENCY_LIMIT
                || outcome == Outcome.HTTP_STATUS && httpStatus == 429;
    }

    boolean isRetryable() {
        return switch (outcome) {
            case OK -> false;
            case ERRCODE -> ErrorClassifier.isRetryable(errcode);
            case HTTP_STATUS -> httpStatus >= 500 || httpStatus == 429;
            case IO, MALFORMED -> true;
        };
    }

    /**
     * True when the request may have been carried out although no clean answer came back: a server error, a broken
     * or unreadable answer, a timeout. False when WeCom said it did nothing (-1/45009/45033/429) or when the
     * connection was never made.
     */
    boolean isAmbiguous() {
        return switch (outcome) {
            case OK, ERRCODE -> false;
            case HTTP_STATUS -> httpStatus != 429;
            case MALFORMED -> true;
            case IO -> !(failure instanceof ConnectException || failure instanceof UnknownHostException
                    || failure instanceof NoRouteToHostException);
        };
    }

    /** A short description without secrets, for logs. */
    String summary() {
        return outcome == Outcome.ERRCODE ? "errcode " + errcode : errmsg;
    }
}
