/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

/**
 * The pinyin of a Chinese character without tones, in lower case (实 → shi), from ICU's Han-Latin
 * transliteration: the reading ICU gives, one per character, so a name can be typed as it is spoken.
 * Search Everywhere matches names by it and the language suggests names that sound alike.
 * <p>
 * ICU compiles its transliteration rules on first use, about half a second of CPU: more than an error
 * storm's whole "did you mean" costs. The characters of names, the CJK Unified Ideographs and their
 * Extension A, are therefore read from a table that ICU wrote ({@code pinyin.txt}, one line per code
 * point from {@value #TABLE_FIRST}; a test compares it with ICU), and ICU is asked only for the rarer
 * characters beyond it.
 *
 * @since 0.1
 */
public final class Pinyin {

    /** The first and last code points of {@code pinyin.txt}. */
    static final int TABLE_FIRST = 0x3400, TABLE_LAST = 0x9FFF;
    /** No Han character comes before the CJK Radicals Supplement. */
    private static final int FIRST_HAN = 0x2E80;
    private static final Map<Integer, String> BEYOND_TABLE = new ConcurrentHashMap<>();
    private static final String NONE = ""; //$NON-NLS-1$

    private Pinyin() {
    }

    /** The syllable of {@code codePoint}, or null when it is not a Han character. */
    public static String of(int codePoint) {
        if (codePoint < FIRST_HAN) {
            return null;
        }
        String syllable = codePoint >= TABLE_FIRST && codePoint <= TABLE_LAST ? Table.SYLLABLES[codePoint - TABLE_FIRST]
                : BEYOND_TABLE.computeIfAbsent(codePoint, Pinyin::fromIcu);
        return syllable.isEmpty() ? null : syllable;
    }

    /** ICU's reading of {@code codePoint} as {@link #of} gives it; empty for what is not a Han character. */
    public static String fromIcu(int codePoint) {
        if (UScript.getScript(codePoint) != UScript.HAN) {
            return NONE;
        }
        String latin;
        synchronized (Icu.HAN_TO_ASCII) { // a Transliterator is not meant for concurrent use
            latin = Icu.HAN_TO_ASCII.transliterate(UCharacter.toString(codePoint));
        }
        StringBuilder letters = new StringBuilder();
        latin.chars().filter(c -> c >= 'a' && c <= 'z').forEach(c -> letters.append((char) c));
        return letters.toString();
    }

    /** The table, read on first use. */
    private static final class Table {
        static final String[] SYLLABLES = read();

        private static String[] read() {
            try (InputStream in = Pinyin.class.getResourceAsStream("pinyin.txt")) { //$NON-NLS-1$
                String[] lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n", -1); //$NON-NLS-1$
                String[] syllables = new String[TABLE_LAST - TABLE_FIRST + 1];
                for (int i = 0; i < syllables.length; i++) {
                    syllables[i] = lines[i].intern();
                }
                return syllables;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** ICU's transliterator, compiled on first use. */
    private static final class Icu {
        static final Transliterator HAN_TO_ASCII = Transliterator.getInstance("Han-Latin; Latin-ASCII; Any-Lower"); //$NON-NLS-1$
    }
}
