package com.siyu.workbench.content.bulk;

import com.siyu.workbench.content.lint.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads an import file as strict UTF-8 (a GBK file from Excel's plain "CSV" is refused, not silently garbled), drops
 * a leading BOM, remembers where lines start (for "line N" in messages) and refuses a record that grows past a limit
 * (a 50 MB cell is stopped after about a megabyte, never loaded whole). The parser calls {@link #recordDone()}
 * after each record.
 */
final class BoundedUtf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final long maxCharsPerRecord;
    private int[] newlines = new int[1024];
    private int newlineCount;
    private long position;
    private long sinceRecord;
    private boolean started;
    private boolean eof;
    private boolean malformed;

    BoundedUtf8Reader(InputStream in, long maxCharsPerRecord) {
        this.in = in;
        this.maxCharsPerRecord = maxCharsPerRecord;
    }

    /** Thrown (as the cause of an I/O failure) when the file is not readable as UTF-8 or a record is too large. */
    static final class Refused extends IOException {
        final transient LocalizedText text;

        Refused(LocalizedText text) {
            super(text.key());
            this.text = text;
        }
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = decode(buf, off, len);
        if (n <= 0) {
            return n;
        }
        if (!started) {
            started = true;
            if (buf[off] == '\uFEFF') {
                System.arraycopy(buf, off + 1, buf, off, n - 1);
                n--;
            }
        }
        for (int i = 0; i < n; i++) {
            if (buf[off + i] == '\n') {
                addNewline((int) (position + i));
            }
        }
        position += n;
        sinceRecord += n;
        if (sinceRecord > maxCharsPerRecord) {
            throw new Refused(LocalizedText.of("content.import.recordTooLarge", lineAt(position - sinceRecord),
                    maxCharsPerRecord / 1_000_000));
        }
        return n;
    }

    /**
     * Decodes into {@code buf}. Unlike InputStreamReader, characters decoded before a malformed byte are delivered
     * first and the error comes with the next call, so the reported line is the one with the bad byte.
     */
    private int decode(char[] buf, int off, int len) throws IOException {
        if (malformed) {
            throw new Refused(LocalizedText.of("content.import.notUtf8", lineAt(position)));
        }
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (out.position() == off) {
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                malformed = true;
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (eof) {
                decoder.flush(out);
                break;
            }
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
        }
        int produced = out.position() - off;
        if (produced == 0 && malformed) {
            throw new Refused(LocalizedText.of("content.import.notUtf8", lineAt(position)));
        }
        return produced == 0 && eof ? -1 : produced;
    }

    void recordDone() {
        sinceRecord = 0;
    }

    /** The 1-based line of character offset {@code charPosition}. */
    int lineAt(long charPosition) {
        int index = Arrays.binarySearch(newlines, 0, newlineCount, (int) Math.min(charPosition, Integer.MAX_VALUE));
        return (index >= 0 ? index : -index - 1) + 1;
    }

    private void addNewline(int at) {
        if (newlineCount == newlines.length) {
            newlines = Arrays.copyOf(newlines, newlineCount * 2);
        }
        newlines[newlineCount++] = at;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
