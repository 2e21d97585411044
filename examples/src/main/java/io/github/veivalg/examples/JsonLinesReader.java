package io.github.veivalg.examples;

import io.github.veivalg.json.JsonLimits;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into JSON Lines exactly as the format defines them: a line ends at {@code \n},
 * with an optional {@code \r} before it, and nowhere else. A carriage return elsewhere, U+2028 and
 * U+2029 are part of the line (JSON allows them as whitespace or inside strings), so that line N of
 * the input is always line N of the output.
 *
 * <p>Bounded: a line longer than {@link JsonLimits#MAX_REQUEST_BYTES} is skipped to its end without
 * being kept, and reported as {@linkplain Line#tooLong() too long}. A UTF-8 byte-order mark at the
 * start of the stream is skipped. Not thread-safe; the stream is not closed.
 */
public final class JsonLinesReader {

    /**
     * One line: its number from 1, and its bytes without the line end, or none when it was too long.
     *
     * @param number  the line's number, from 1
     * @param bytes   the line's bytes without {@code \n} and the {@code \r} before it (empty when too long)
     * @param tooLong whether the line was longer than {@link JsonLimits#MAX_REQUEST_BYTES}
     */
    public record Line(long number, byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean end;
    private long number;
    private byte[] line = new byte[4096];
    private int length;

    public JsonLinesReader(InputStream in) {
        this.in = in;
    }

    /** The next line, or {@code null} at the end of the stream (a last line needs no {@code \n}). */
    public Line next() throws IOException {
        length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                if (end || !fill()) {
                    break;
                }
            }
            any = true;
            int newline = indexOfNewline();
            int stop = newline < 0 ? limit : newline;
            if (!tooLong) {
                // One byte more than a request may hold: room for the '\r' before the '\n'.
                if ((long) length + (stop - position) > JsonLimits.MAX_REQUEST_BYTES + 1L) {
                    tooLong = true;
                    length = 0;
                } else {
                    append(position, stop - position);
                }
            }
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        if (!any) {
            return null;
        }
        number++;
        if (tooLong) {
            return new Line(number, new byte[0], true);
        }
        int from = number == 1 && JsonIo.startsWithBom(line, length) ? 3 : 0;
        int to = length > from && line[length - 1] == '\r' ? length - 1 : length;
        if (to - from > JsonLimits.MAX_REQUEST_BYTES) {
            return new Line(number, new byte[0], true);
        }
        return new Line(number, Arrays.copyOfRange(line, from, to), false);
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        while (n == 0) {
            n = in.read(buffer);
        }
        if (n < 0) {
            end = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int count) {
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(length + count, Math.min(line.length * 2, JsonLimits.MAX_REQUEST_BYTES + 1)));
        }
        System.arraycopy(buffer, from, line, length, count);
        length += count;
    }
}
