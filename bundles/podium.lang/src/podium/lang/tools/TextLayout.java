/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * How a file's text is laid out in bytes beyond the text itself: a UTF-8 byte-order mark and the line
 * separator (Windows editors write CRLF), so that rewriting a file keeps both.
 *
 * @param bom           whether the file starts with a UTF-8 byte-order mark
 * @param lineSeparator "\r\n" when most of the file's line breaks are CRLF, else "\n"
 */
public record TextLayout(boolean bom, String lineSeparator) {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The layout of a file's bytes. */
    public static TextLayout of(byte[] bytes) {
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        int crlf = 0;
        int lf = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                if (i > 0 && bytes[i - 1] == '\r') {
                    crlf++;
                } else {
                    lf++;
                }
            }
        }
        return new TextLayout(bom, crlf > lf ? "\r\n" : "\n");
    }

    /**
     * Whether the file starts with a UTF-8 byte-order mark; false when it cannot be read (Podium reads
     * and writes such a file as UTF-8 without one).
     */
    public static boolean startsWithBom(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(BOM.length), BOM);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** {@code text} (any line breaks, no byte-order mark) as bytes in this layout. */
    public byte[] apply(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!lineSeparator.equals("\n")) {
            lines = lines.replace("\n", lineSeparator);
        }
        return utf8(lines, bom);
    }

    /** {@code text} as UTF-8 with its line breaks as they are, after a byte-order mark when {@code bom}. */
    public static byte[] utf8(String text, boolean bom) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] result = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, result, 0, BOM.length);
        System.arraycopy(body, 0, result, BOM.length, body.length);
        return result;
    }
}
