package com.siyu.workbench.content.bulk;

import java.util.List;

/**
 * The CSV format export writes and import reads. {@code type,name,text} are required; a script takes one row per
 * step ({@code step}, {@code day_offset}, {@code window_start}, {@code window_end}, {@code text},
 * {@code attachments}), its rows joined by {@code id} (or by type and name when there is no id). {@code audience}
 * separates tags with {@code |}; {@code attachments} is WeCom's JSON array; scope types are
 * {@code default|state|member|department}.
 */
final class CsvColumns {
    static final String TYPE = "type";
    static final String NAME = "name";
    static final String TEXT = "text";
    static final String ID = "id";
    static final String SCENE = "scene";
    static final String AUDIENCE = "audience";
    static final String SCOPE_TYPE = "scope_type";
    static final String SCOPE_VALUE = "scope_value";
    static final String STEP = "step";
    static final String DAY_OFFSET = "day_offset";
    static final String WINDOW_START = "window_start";
    static final String WINDOW_END = "window_end";
    static final String ATTACHMENTS = "attachments";
    static final String TARGET_CHAT_ID = "target_chat_id";
    static final String JOIN_QR_CODE = "join_qr_code";
    static final String GROUP_WELCOME_TEXT = "group_welcome_text";

    static final List<String> REQUIRED = List.of(TYPE, NAME, TEXT);
    static final List<String> ALL = List.of(TYPE, NAME, TEXT, ID, SCENE, AUDIENCE, SCOPE_TYPE, SCOPE_VALUE, STEP,
            DAY_OFFSET, WINDOW_START, WINDOW_END, ATTACHMENTS, TARGET_CHAT_ID, JOIN_QR_CODE, GROUP_WELCOME_TEXT);

    private CsvColumns() {
    }

    /** A body field as the lint names it → the CSV column it came from. */
    static String columnOf(String field) {
        return switch (field) {
            case "groupWelcomeText" -> GROUP_WELCOME_TEXT;
            case "targetChatId" -> TARGET_CHAT_ID;
            case "dayOffset" -> DAY_OFFSET;
            case "window" -> WINDOW_START;
            case "scope" -> SCOPE_VALUE;
            default -> field;
        };
    }
}
