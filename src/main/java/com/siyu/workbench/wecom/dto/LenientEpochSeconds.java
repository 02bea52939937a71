package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;

/**
 * Unix seconds sent either as a number or as a numeric string (WeCom's {@code get_groupmsg_list_v2} documents
 * {@code create_time} as a placeholder string, SDKs disagree). Anything else (empty, placeholder text) reads as null
 * instead of failing the whole page.
 */
public final class LenientEpochSeconds extends JsonDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return (long) parser.getDoubleValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText().trim();
            try {
                return text.isEmpty() ? null : Long.parseLong(text);
            } catch (NumberFormatException notNumeric) {
                return null;
            }
        }
        parser.skipChildren();
        return null;
    }
}
