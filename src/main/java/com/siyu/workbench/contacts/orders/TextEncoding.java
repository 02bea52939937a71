package com.siyu.workbench.contacts.orders;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes CSV exports whichever way Chinese tools wrote them: UTF-8 with a BOM (Excel's "CSV UTF-8"), plain UTF-8,
 * or GBK (Excel's default on Chinese Windows, most shop back-ends). Strict UTF-8 decoding decides: GBK text of any
 * length is almost never valid UTF-8. GB18030 is used for the GBK case since it is a superset that also decodes the
 * rarer characters in names.
 */
public final class TextEncoding {
    private static final Charset GBK = Charset.forName("GB18030");

    private TextEncoding() {
    }

    /** The decoded text and the name of the encoding it was read as. */
    public record Decoded(String text, String encoding) {
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8 BOM");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, GBK), "GBK");
        }
    }
}
