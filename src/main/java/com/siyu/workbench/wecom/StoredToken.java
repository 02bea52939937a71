package com.siyu.workbench.wecom;

import java.time.Instant;
import java.util.Objects;

/** An access token and the instant after which it must not be used any more. Never printed. */
public record StoredToken(String accessToken, Instant usableUntil) {
    public StoredToken {
        Objects.requireNonNull(accessToken);
        Objects.requireNonNull(usableUntil);
    }

    public boolean usableAt(Instant now) {
        return now.isBefore(usableUntil);
    }

    @Override
    public String toString() {
        return "StoredToken[accessToken=***, usableUntil=" + usableUntil + "]";
    }
}
