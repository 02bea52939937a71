package com.siyu.workbench.admin;

import com.siyu.workbench.settings.WeComConnection;

/** Tries a connection before it is saved (fetches an access token); wired by the app with the WeCom client. */
@FunctionalInterface
public interface ConnectionCheck {
    /** Returns normally when WeCom accepted the credentials; throws with a user-facing reason otherwise. */
    void check(WeComConnection connection) throws Exception;
}
