/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.util.regex.Pattern;

/** Recognises single toned pinyin syllables such as {@code jīng} or {@code lǜ}, as websites annotate them. */
public final class PinyinSyllables {

    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    private static final String PLAIN = "aaaaeeeeiiiioooouuuuüüüünnnm";
    // initial, vowels, coda: the shape of every Mandarin syllable (checked after tones are removed)
    private static final Pattern SHAPE = Pattern.compile(
            "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:[aeiouü]{1,3}(?:ng|n|r)?|ng|n|m)");

    private PinyinSyllables() {
    }

    /** Whether {@code s} is one syllable carrying exactly one tone mark. */
    public static boolean isTonedSyllable(CharSequence s) {
        return hasOneToneMark(s) && SHAPE.matcher(toneless(s)).matches();
    }

    /** At most six lower-case pinyin letters, exactly one of them with a tone mark. */
    private static boolean hasOneToneMark(CharSequence s) {
        if (s.length() == 0 || s.length() > 6) {
            return false;
        }
        int marks = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (TONED.indexOf(c) >= 0) {
                marks++;
            } else if ((c < 'a' || c > 'z') && c != 'ü') {
                return false;
            }
        }
        return marks == 1;
    }

    /** The syllable without tone marks ({@code lǜ → lü}). */
    public static String toneless(CharSequence s) {
        StringBuilder plain = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int toned = TONED.indexOf(c);
            plain.append(toned >= 0 ? PLAIN.charAt(toned) : c);
        }
        return plain.toString();
    }

    private static final Pattern ENDING = Pattern.compile(
            "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:[aeiouü]{1,3}(?:ng|n|r)?|ng|n|m)|[hg]?[aeiouü]{1,3}(?:ng|n|r)?");

    /**
     * Whether {@code s} is a syllable or the end of one that carries a tone mark ({@code áng} of cháng, {@code ìng}
     * of xìng): what a bracket closes when mojibake ate the first letters of an annotation.
     */
    public static boolean hasSyllableEnding(CharSequence s) {
        return hasOneToneMark(s) && ENDING.matcher(toneless(s)).matches();
    }

    /** Whether the syllable is a syllable at all, toned or not; used for readings ICU gives. */
    public static boolean hasSyllableShape(CharSequence s) {
        return s.length() > 0 && s.length() <= 6 && SHAPE.matcher(toneless(s)).matches();
    }
}
