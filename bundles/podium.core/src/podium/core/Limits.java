/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The documented limits of Podium's inputs (docs/reliability.md): input beyond them is refused with a
 * located problem before it is read, instead of running out of memory or stack.
 */
public final class Limits {

    /** Largest .podium file: a year of monthly actuals of 200 units × 80 indicators is about 9 MiB. */
    public static final long PODIUM_FILE_BYTES = 16L << 20;
    /** Largest sum of the .podium files of one workspace. */
    public static final long WORKSPACE_BYTES = 32L << 20;
    /** Deepest nesting of blocks ({@code org} in {@code org}, and XMI elements): real trees are under 10. */
    public static final int NESTING_DEPTH = 100;
    /** Largest speech text: a long speech is 50 KiB, a pasted web page a few hundred. */
    public static final long SPEECH_FILE_BYTES = 4L << 20;
    /** Largest CSV or XLSX file of actuals. */
    public static final long DATA_FILE_BYTES = 64L << 20;
    /** Most rows of a data file (Excel's own maximum). */
    public static final int DATA_ROWS = 1_048_576;
    /** Longest cell text echoed in a message; the rest is elided. */
    public static final int ECHOED_TEXT = 60;

    private Limits() {
    }

    /**
     * The 1-based line and column (in characters, UTF-8 assumed) of the byte at {@code offset} of a
     * file, reading only up to it; {1, 1} when the file cannot be read.
     */
    public static int[] position(Path file, long offset) {
        Position position = new Position();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            int n;
            while (read < offset && (n = in.read(buffer, 0, (int) Math.min(buffer.length, offset - read))) > 0) {
                position.count(buffer, n);
                read += n;
            }
        } catch (IOException e) {
            return new int[] {1, 1};
        }
        return position.lineAndColumn();
    }

    /** The 1-based line and column (in characters, UTF-8 assumed) of the byte at {@code offset} of {@code bytes}. */
    public static int[] position(byte[] bytes, int offset) {
        Position position = new Position();
        position.count(bytes, Math.min(offset, bytes.length));
        return position.lineAndColumn();
    }

    /** Lines and characters counted over bytes read so far. */
    private static final class Position {
        private int line = 1;
        private int column = 1;

        void count(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (b == '\n') {
                    line++;
                    column = 1;
                } else if ((b & 0xC0) != 0x80) {
                    column++; // a continuation byte of UTF-8 is no new character
                }
            }
        }

        int[] lineAndColumn() {
            return new int[] {line, column};
        }
    }

    /** {@code text} cut to {@link #ECHOED_TEXT} characters with the length said, for messages. */
    public static String echo(String text) {
        if (text == null || text.length() <= ECHOED_TEXT) {
            return text;
        }
        return text.substring(0, ECHOED_TEXT) + "…(" + text.length() + " characters)";
    }

    /** {@code bytes} in MiB as messages say it. */
    public static String mebibytes(long bytes) {
        return (bytes >> 20) + " MiB";
    }
}
