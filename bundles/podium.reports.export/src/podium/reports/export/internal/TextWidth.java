/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.internal;

/**
 * How many columns of a fixed-width layout a text takes: two for a Chinese character or a
 * full-width sign (East Asian Wide and Fullwidth), none for a combining mark, one otherwise.
 */
public final class TextWidth {

    /** Ranges of code points shown two columns wide, as pairs of first and last. */
    private static final int[] WIDE = {
        0x1100, 0x115F, // Hangul Jamo
        0x2E80, 0x303E, // CJK radicals, punctuation (、。「」), ideographic space
        0x3041, 0x33FF, // kana, bopomofo, CJK compatibility
        0x3400, 0x4DBF, // CJK extension A
        0x4E00, 0x9FFF, // CJK unified ideographs
        0xA000, 0xA4CF, // Yi
        0xAC00, 0xD7A3, // Hangul syllables
        0xF900, 0xFAFF, // CJK compatibility ideographs
        0xFE30, 0xFE4F, // CJK compatibility forms
        0xFF00, 0xFF60, // full-width forms (，：（）％)
        0xFFE0, 0xFFE6, // full-width signs (￥)
        0x20000, 0x3FFFD // CJK extensions B and beyond
    };

    private TextWidth() {
    }

    /** The columns {@code text} takes. */
    public static int of(String text) {
        return text.codePoints().map(TextWidth::of).sum();
    }

    /** The columns one code point takes. */
    public static int of(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    /** Whether {@code codePoint} is shown two columns wide. */
    public static boolean isWide(int codePoint) {
        for (int i = 0; i < WIDE.length; i += 2) {
            if (codePoint >= WIDE[i] && codePoint <= WIDE[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
