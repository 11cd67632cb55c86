/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.office.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The layout of a Chinese official document (GB/T 9704-2012, as summarised in the project's notes
 * on bulletins §4) in Word's units: A4, 天头 37 mm, 订口 28 mm, a 版心 of 156 × 225 mm holding 22 lines
 * of 28 characters of 3号 (16 pt) 仿宋, the faces and sizes of title, headings and page numbers.
 * Lengths are in twips (1/20 pt; 1 mm = 56.69 twips).
 */
final class Gbt9704 {

    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    /** 天头 37 mm. */
    static final int TOP = 2098;
    /** 订口 28 mm. */
    static final int LEFT = 1587;
    /** 210 − 28 − 156 = 26 mm. */
    static final int RIGHT = 1474;
    /** 297 − 37 − 225 = 35 mm. */
    static final int BOTTOM = 1984;
    /** From the page's lower edge to the page number: 25 mm, which puts it about 7 mm below the 版心. */
    static final int FOOTER = 1417;
    static final int HEADER = 851;

    static final int LINES = 22;
    static final int CHARACTERS = 28;

    /**
     * How much each 3号 character is condensed, in 1/20 pt, so that 28 of them fill a line without the
     * character grid: 28 × (16 − 0.3) = 439.6 pt fit the 442.2 pt line, 29 do not. LibreOffice (7.4)
     * gives every 16 pt character of a grid with a pitch under 16 pt two cells (14 a line), so the
     * text Podium writes keeps its 28 characters by itself; the grid stays for what users type.
     */
    static final int CONDENSED = -6;

    /** Sizes in points: 2号, 3号, 4号, 五号, 小五. */
    static final int TITLE_SIZE = 22;
    static final int BODY_SIZE = 16;
    static final int SMALL_SIZE = 14;
    static final double TABLE_SIZE = 10.5;
    static final double WIDE_TABLE_SIZE = 9;

    /** The faces Word and WPS users have for official documents. */
    static final String TITLE_FACE = "方正小标宋简体"; //$NON-NLS-1$
    static final String BODY_FACE = "仿宋_GB2312"; //$NON-NLS-1$
    static final String HEADING_1_FACE = "黑体"; //$NON-NLS-1$
    static final String HEADING_2_FACE = "楷体_GB2312"; //$NON-NLS-1$
    static final String PAGE_NUMBER_FACE = "宋体"; //$NON-NLS-1$

    /**
     * Each face with the names that locate it (or its closest relative) where it is installed under
     * another name: the font table's {@code w:altName}.
     */
    static final Map<String, String> ALTERNATIVE_NAMES = new LinkedHashMap<>();

    static {
        ALTERNATIVE_NAMES.put(TITLE_FACE, "FZXiaoBiaoSong-B05S"); //$NON-NLS-1$
        ALTERNATIVE_NAMES.put(BODY_FACE, "FangSong_GB2312,仿宋,FangSong"); //$NON-NLS-1$
        ALTERNATIVE_NAMES.put(HEADING_1_FACE, "SimHei"); //$NON-NLS-1$
        ALTERNATIVE_NAMES.put(HEADING_2_FACE, "KaiTi_GB2312,楷体,KaiTi"); //$NON-NLS-1$
        ALTERNATIVE_NAMES.put(PAGE_NUMBER_FACE, "SimSun"); //$NON-NLS-1$
    }

    private Gbt9704() {
    }

    /** The 版心's width: 156 mm. */
    static int textWidth() {
        return PAGE_WIDTH - LEFT - RIGHT;
    }

    /** The 版心's height: 225 mm. */
    static int textHeight() {
        return PAGE_HEIGHT - TOP - BOTTOM;
    }

    /** The document grid's line pitch: 22 lines fill the 版心 (579 twips, 28.95 pt). */
    static int linePitch() {
        return textHeight() / LINES;
    }

    /**
     * The document grid's character spacing: what a character of the default size (3号) gains or
     * loses, in 1/4096 pt, for 28 of them to fill a line (−842: 15.79 pt a character).
     */
    static int charSpace() {
        double pitch = textWidth() / 20.0 / CHARACTERS;
        return (int) Math.floor((pitch - BODY_SIZE) * 4096);
    }

    /** Twips of {@code characters} characters of {@code points} size. */
    static int characters(double characters, double points) {
        return (int) Math.round(characters * points * 20);
    }
}
