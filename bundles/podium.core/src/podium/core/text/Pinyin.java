/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

/**
 * The pinyin of a Chinese character without tones, in lower case (实 → shi), from ICU's Han-Latin
 * transliteration: the reading ICU gives, one per character, so a name can be typed as it is spoken.
 * Search Everywhere matches names by it and the language suggests names that sound alike.
 *
 * @since 0.1
 */
public final class Pinyin {

    private static final Transliterator HAN_TO_ASCII =
            Transliterator.getInstance("Han-Latin; Latin-ASCII; Any-Lower"); //$NON-NLS-1$
    private static final Map<Integer, String> CACHE = new ConcurrentHashMap<>();
    private static final String NONE = ""; //$NON-NLS-1$

    private Pinyin() {
    }

    /** The syllable of {@code codePoint}, or null when it is not a Han character. */
    public static String of(int codePoint) {
        if (UScript.getScript(codePoint) != UScript.HAN) {
            return null;
        }
        String syllable = CACHE.computeIfAbsent(codePoint, Pinyin::transliterate);
        return syllable.isEmpty() ? null : syllable;
    }

    private static String transliterate(int codePoint) {
        String latin;
        synchronized (HAN_TO_ASCII) { // a Transliterator is not meant for concurrent use
            latin = HAN_TO_ASCII.transliterate(UCharacter.toString(codePoint));
        }
        StringBuilder letters = new StringBuilder();
        latin.chars().filter(c -> c >= 'a' && c <= 'z').forEach(c -> letters.append((char) c));
        return letters.length() == 0 ? NONE : letters.toString();
    }
}
