package com.siyu.workbench.sandbox.model;

/** A group welcome template; {@code contentJson} holds text/image/link/miniprogram/file/video as given. */
public record WelcomeTemplate(String templateId, String contentJson, long createTime) {
}
