package com.siyu.workbench.sandbox.api;

import com.siyu.workbench.sandbox.model.WeComError;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.CRC32;

/**
 * Opaque paging cursors: a kind byte, two positions and a checksum, base64url-encoded. A cursor from another
 * endpoint, or a hand-made one, is refused with 40058 rather than silently restarting.
 */
public final class Cursors {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Cursors() {
    }

    /** Where a page starts: two numbers whose meaning belongs to the endpoint. */
    public record Position(long first, long second) {
        public static final Position START = new Position(0, 0);
    }

    public static String encode(char kind, long first, long second) {
        ByteBuffer buffer = ByteBuffer.allocate(21);
        buffer.put((byte) kind).putLong(first).putLong(second);
        CRC32 crc = new CRC32();
        crc.update(buffer.array(), 0, 17);
        buffer.putInt((int) crc.getValue());
        return ENCODER.encodeToString(buffer.array());
    }

    /** Decodes {@code cursor}; null or "" is the first page. */
    public static Position decode(char kind, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return Position.START;
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(DECODER.decode(cursor));
            if (buffer.remaining() != 21 || buffer.get(0) != (byte) kind) {
                throw WeComError.invalidParameter("cursor");
            }
            CRC32 crc = new CRC32();
            crc.update(buffer.array(), 0, 17);
            buffer.get();
            long first = buffer.getLong();
            long second = buffer.getLong();
            if (buffer.getInt() != (int) crc.getValue() || first < 0 || second < 0) {
                throw WeComError.invalidParameter("cursor");
            }
            return new Position(first, second);
        } catch (IllegalArgumentException e) {
            throw WeComError.invalidParameter("cursor");
        }
    }
}
