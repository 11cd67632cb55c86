/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The double-byte part of GBK (code page 936) as two lookup tables, because repairing misaligned GBK
 * means re-reading characters as byte pairs millions of times.
 */
final class Gbk {
    static final int FIRST_LEAD = 0x81;
    static final int LAST_LEAD = 0xFE;
    static final int FIRST_TRAIL = 0x40;
    static final int LAST_TRAIL = 0xFE;
    /** Lead byte of the full-width forms of ASCII (！ = A3A1 ... ～ = A3FE). */
    static final int FULL_WIDTH_LEAD = 0xA3;

    private static final char[] DECODE = new char[(LAST_LEAD - FIRST_LEAD + 1) * 256];
    private static final int[] ENCODE = new int[0x10000];

    static {
        CharsetDecoder decoder = Charset.forName("GBK").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(2);
        CharBuffer out = CharBuffer.allocate(2);
        for (int lead = FIRST_LEAD; lead <= LAST_LEAD; lead++) {
            for (int trail = FIRST_TRAIL; trail <= LAST_TRAIL; trail++) {
                if (trail == 0x7F) {
                    continue;
                }
                in.clear();
                in.put((byte) lead).put((byte) trail).flip();
                out.clear();
                decoder.reset();
                CoderResult result = decoder.decode(in, out, true);
                if (!result.isError() && out.position() == 1 && !in.hasRemaining()) {
                    char c = out.get(0);
                    DECODE[index(lead, trail)] = c;
                    if (ENCODE[c] == 0) {
                        ENCODE[c] = lead << 8 | trail;
                    }
                }
            }
        }
    }

    private Gbk() {
    }

    private static int index(int lead, int trail) {
        return (lead - FIRST_LEAD) * 256 + trail;
    }

    /** The character a lead and trail byte stand for, or 0 when the pair is not GBK. */
    static char decode(int lead, int trail) {
        if (lead < FIRST_LEAD || lead > LAST_LEAD || trail < FIRST_TRAIL || trail > LAST_TRAIL) {
            return 0;
        }
        return DECODE[index(lead, trail)];
    }

    /** The two bytes of {@code c} as {@code lead << 8 | trail}, or -1 when c is not a double-byte character. */
    static int encode(char c) {
        int pair = ENCODE[c];
        return pair == 0 ? -1 : pair;
    }

    /** Whether the pair lies in a user-defined area, which decoders turn into private-use characters. */
    static boolean isUserDefined(int lead, int trail) {
        char c = decode(lead, trail);
        return c >= '\uE000' && c <= '\uF8FF';
    }

    static boolean isTrail(int b) {
        return b >= FIRST_TRAIL && b <= LAST_TRAIL && b != 0x7F;
    }
}
