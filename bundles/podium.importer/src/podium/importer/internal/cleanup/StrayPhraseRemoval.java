/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import podium.importer.RepairKind;
import podium.importer.internal.text.Finding;
import podium.importer.internal.text.TextEdits;
import podium.importer.internal.text.TrackedText;

/**
 * Removes a phrase that a website pasted wherever a number stood ({@code 实际进资县利用外资工作会议上的讲话亿元}).
 * Such a phrase is recognised by what it does, not by its wording: the same run of characters stands
 * right before a money or percentage unit again and again, where a number belongs. Removing it leaves
 * the unit without its number, which the figures stage reports as {@code missing-number}.
 */
public final class StrayPhraseRemoval implements CleanupStage {

    private static final Pattern UNIT = Pattern.compile("亿美元|万美元|亿元|万元|美元|元|%|％|个百分点");
    private static final int MIN_LENGTH = 6;
    private static final int MAX_LENGTH = 24;
    private static final int MIN_REPEATS = 3;

    @Override
    public void collect(TrackedText tracked, TextEdits edits, List<Finding> findings) {
        String text = tracked.text();
        String phrase = strayPhrase(text);
        if (phrase == null) {
            return;
        }
        int at = text.indexOf(phrase);
        while (at >= 0) {
            if (!isWholeLine(text, at, at + phrase.length())) {
                edits.delete(at, at + phrase.length(), RepairKind.STRAY_PHRASE);
            }
            at = text.indexOf(phrase, at + phrase.length());
        }
    }

    /**
     * The run of Han characters that stands before a unit at least three times, or null; of several, the
     * one covering most text (repeats times length), so that neither a fragment of the phrase nor the
     * phrase with a neighbouring character that happens to repeat is taken.
     */
    static String strayPhrase(String text) {
        Map<String, Integer> beforeUnits = new HashMap<>();
        Matcher unit = UNIT.matcher(text);
        while (unit.find()) {
            int end = unit.start();
            int start = end;
            while (start > 0 && end - start < MAX_LENGTH && isHan(text.charAt(start - 1))) {
                start--;
            }
            for (int s = start; s <= end - MIN_LENGTH; s++) {
                beforeUnits.merge(text.substring(s, end), 1, Integer::sum);
            }
        }
        String best = null;
        int bestCover = 0;
        for (Map.Entry<String, Integer> e : beforeUnits.entrySet()) {
            int cover = e.getValue() * e.getKey().length();
            if (e.getValue() >= MIN_REPEATS && !hasNumerals(e.getKey()) && cover > bestCover) {
                best = e.getKey();
                bestCover = cover;
            }
        }
        return best;
    }

    private static boolean hasNumerals(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("零一二三四五六七八九十百千万亿两几".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(char c) {
        return Character.isIdeographic(c);
    }

    private static boolean isWholeLine(String text, int start, int end) {
        return (start == 0 || text.charAt(start - 1) == '\n') && (end == text.length() || text.charAt(end) == '\n');
    }
}
