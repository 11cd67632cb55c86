/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CharacterCodingException;
import java.util.BitSet;

/**
 * The Han characters of everyday text: those in GB2312 (the 6,763 Simplified characters) or in level 1
 * of Big5 (the 5,401 common Traditional ones). Mojibake is made of characters from the rest of GBK, so
 * a repair that puts a rare character back is less likely than one that puts a common one.
 */
final class CommonCharacters {

    private static final BitSet COMMON = build();

    private CommonCharacters() {
    }

    static boolean isCommon(char c) {
        return COMMON.get(c);
    }

    private static BitSet build() {
        BitSet common = new BitSet(0x10000);
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        CharsetEncoder big5 = Charset.forName("Big5").newEncoder();
        for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
            if (gb2312.canEncode(c) || isBig5LevelOne(big5, c)) {
                common.set(c);
            }
        }
        return common;
    }

    private static boolean isBig5LevelOne(CharsetEncoder big5, char c) {
        if (!big5.canEncode(c)) {
            return false;
        }
        try {
            java.nio.ByteBuffer bytes = big5.encode(CharBuffer.wrap(new char[] {c}));
            int code = (bytes.get(0) & 0xFF) << 8 | bytes.get(1) & 0xFF;
            return code >= 0xA440 && code <= 0xC67E;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
