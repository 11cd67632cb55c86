/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import podium.core.text.Pinyin;

/**
 * The declared names an unknown name was probably meant to be, for "did you mean": close in writing
 * (a character or letter wrong, missing, extra or two swapped) or close in sound (县一二叁 for 县一二三,
 * 宛成区 for 宛城区, or the name typed in pinyin without an input method: wanchengqu).
 * Pinyin comes from {@link Pinyin}, as Search Everywhere's does.
 */
public final class SimilarNames {

    /** At most this many suggestions: more would be a list to read, not a hint. */
    public static final int MAX = 3;

    private SimilarNames() {
    }

    /** The closest of {@code candidates} to {@code unknown}, closest first, at most {@link #MAX}. */
    public static List<String> to(String unknown, Collection<String> candidates) {
        Closeness wanted = new Closeness(unknown);
        List<Scored> close = new ArrayList<>();
        for (String candidate : new LinkedHashSet<>(candidates)) {
            if (!candidate.equals(unknown)) {
                Scored scored = wanted.score(candidate);
                if (scored != null) {
                    close.add(scored);
                }
            }
        }
        close.sort(Comparator.comparingDouble(Scored::rank).thenComparingInt(Scored::written)
                .thenComparingInt(Scored::spoken).thenComparing(Scored::name));
        return close.stream().limit(MAX).map(Scored::name).toList();
    }

    /**
     * Edits allowed between names of this length (in characters or pinyin letters): a third of it, at
     * least one, and always fewer than the length, so that 县 never suggests 市.
     */
    static int allowedEdits(int length) {
        return Math.min(Math.max(1, length / 3), length - 1);
    }

    /**
     * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
     * neighbours (the commonest typo in pinyin) each cost one.
     */
    static int distance(int[] a, int[] b) {
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length][b.length];
    }

    /** The name as spoken, in lower-case letters: each Chinese character replaced by its toneless pinyin. */
    static String spoken(String name) {
        StringBuilder spelled = new StringBuilder();
        name.codePoints().forEach(c -> {
            String syllable = Pinyin.of(c);
            if (syllable != null) {
                spelled.append(syllable);
            } else {
                spelled.appendCodePoint(Character.toLowerCase(c));
            }
        });
        return spelled.toString();
    }

    /** A candidate that is close enough, with how close: {@code rank} is the smaller share of the name that differs. */
    private record Scored(String name, double rank, int written, int spoken) {
    }

    /** The unknown name prepared once, then compared with every candidate in scope. */
    private static final class Closeness {
        private final int[] written;
        private final int[] spoken;

        Closeness(String unknown) {
            written = lower(unknown);
            spoken = SimilarNames.spoken(unknown).codePoints().toArray();
        }

        Scored score(String candidate) {
            int[] otherWritten = lower(candidate);
            int[] otherSpoken = SimilarNames.spoken(candidate).codePoints().toArray();
            // cheap bounds first: length differences alone exceed what is allowed for most names in scope
            boolean mayBeWritten = Math.abs(otherWritten.length - written.length) <= allowedEdits(written.length);
            boolean mayBeSpoken = Math.abs(otherSpoken.length - spoken.length) <= allowedEdits(spoken.length);
            if (!mayBeWritten && !mayBeSpoken) {
                return null;
            }
            int byWriting = distance(written, otherWritten);
            int bySound = distance(spoken, otherSpoken);
            boolean closeInWriting = byWriting <= allowedEdits(Math.max(written.length, otherWritten.length));
            boolean closeInSound = bySound <= allowedEdits(Math.max(spoken.length, otherSpoken.length));
            if (!closeInWriting && !closeInSound) {
                return null;
            }
            double rank = Math.min((double) byWriting / Math.max(written.length, otherWritten.length),
                    (double) bySound / Math.max(spoken.length, otherSpoken.length));
            return new Scored(candidate, rank, byWriting, bySound);
        }

        private static int[] lower(String name) {
            return name.toLowerCase(Locale.ROOT).codePoints().toArray();
        }
    }
}
