package com.siyu.workbench.wecom;

/** Supplies the access token for a call and takes back one WeCom rejected. */
interface TokenProvider {
    String token();

    void invalidate(String rejected);
}
