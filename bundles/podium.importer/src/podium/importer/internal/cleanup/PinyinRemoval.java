/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.util.List;

import podium.importer.RepairKind;
import podium.importer.internal.text.Finding;
import podium.importer.internal.text.TextEdits;
import podium.importer.internal.text.TrackedText;

/**
 * Removes pinyin annotations such as {@code 經(jīng)驗(yàn) → 經驗}, keeping every other bracket, and what mojibake
 * left of an annotation whose opening bracket and first letters were lost: a toned syllable, or its end, closed by
 * a bracket right after a character ({@code 常áng)}), or after the one junk character the lost bytes became when
 * that syllable ends the reading of the character before the junk ({@code 常纤áng)} for 常(cháng)).
 */
public final class PinyinRemoval implements CleanupStage {

    private final HanReadings readings;

    public PinyinRemoval() {
        this(HanReadings.icu());
    }

    PinyinRemoval(HanReadings readings) {
        this.readings = readings;
    }

    @Override
    public void collect(TrackedText tracked, TextEdits edits, List<Finding> findings) {
        String text = tracked.text();
        int i = 1;
        while (i < text.length()) {
            int end = PinyinAnnotations.annotationEnd(text, i);
            if (end > 0 && annotates(text.charAt(i - 1))) {
                edits.delete(i, end, RepairKind.PINYIN);
                i = end;
                continue;
            }
            int remnant = Character.isIdeographic(text.charAt(i - 1)) ? remnantEnd(text, i) : -1;
            if (remnant > 0) {
                int start = lostBytesStart(text, i, remnant);
                edits.delete(start, remnant, RepairKind.PINYIN);
                i = remnant;
            } else {
                i++;
            }
        }
    }

    /** The end of a bare toned syllable, or the toned end of one, closed by a bracket at {@code i}; else -1. */
    private static int remnantEnd(String text, int i) {
        int k = i;
        while (k < text.length() && k - i <= 6 && PinyinAnnotations.isPinyinLetter(text.charAt(k))) {
            k++;
        }
        if (k == i || k >= text.length() || text.charAt(k) != ')' && text.charAt(k) != '）') {
            return -1;
        }
        String letters = text.substring(i, k);
        boolean toned = !PinyinSyllables.toneless(letters).equals(letters);
        return toned && PinyinSyllables.hasSyllableEnding(letters) ? k + 1 : -1;
    }

    /**
     * Where the damaged annotation starts: at the syllable, or one character earlier when that character is the
     * junk of the lost bracket and letters, i.e. the syllable ends the reading of the character before it.
     */
    private int lostBytesStart(String text, int i, int end) {
        String syllable = text.substring(i, end - 1);
        if (i >= 2 && Character.isIdeographic(text.charAt(i - 2)) && endsReading(text.charAt(i - 2), syllable)
                && !endsReading(text.charAt(i - 1), syllable)) {
            return i - 1;
        }
        return i;
    }

    private boolean endsReading(char c, String syllable) {
        String reading = readings.readingOf(c);
        return reading != null && !reading.isEmpty() && reading.endsWith(syllable);
    }

    /** Annotations follow the character they read; after a Latin letter a bracket is something else. */
    private static boolean annotates(char previous) {
        return !Character.isWhitespace(previous) && !(previous < 0x80 && Character.isLetterOrDigit(previous));
    }
}
