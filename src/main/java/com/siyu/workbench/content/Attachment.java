package com.siyu.workbench.content;

/**
 * An attachment of the kinds WeCom messages carry (add_msg_template / send_welcome_msg {@code attachments[]}).
 * Field names follow WeCom's JSON; {@link Attachments} converts to and from it.
 */
public sealed interface Attachment {
    /** WeCom's {@code msgtype}. */
    String msgtype();

    /** A short label for lists and previews. */
    String label();

    record Image(String mediaId, String picUrl) implements Attachment {
        public String msgtype() {
            return "image";
        }

        public String label() {
            return picUrl != null && !picUrl.isBlank() ? picUrl : nullToEmpty(mediaId);
        }
    }

    record Link(String title, String desc, String picurl, String url) implements Attachment {
        public String msgtype() {
            return "link";
        }

        public String label() {
            return nullToEmpty(title);
        }
    }

    record MiniProgram(String title, String picMediaId, String appid, String page) implements Attachment {
        public String msgtype() {
            return "miniprogram";
        }

        public String label() {
            return nullToEmpty(title);
        }
    }

    record File(String mediaId) implements Attachment {
        public String msgtype() {
            return "file";
        }

        public String label() {
            return nullToEmpty(mediaId);
        }
    }

    record Video(String mediaId) implements Attachment {
        public String msgtype() {
            return "video";
        }

        public String label() {
            return nullToEmpty(mediaId);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
