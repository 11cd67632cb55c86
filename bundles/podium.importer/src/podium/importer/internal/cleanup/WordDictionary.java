/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.BytesTrie;
import com.ibm.icu.util.CharsTrie;

/**
 * The Chinese/Japanese word list ICU uses for word breaking ({@code cjdict}), with its word costs, read
 * through ICU's public {@link CharsTrie}. Lower cost means a more frequent word; segmenting a text into
 * words of least total cost is how ICU itself breaks Chinese, and here it ranks repair candidates.
 */
public final class WordDictionary {

    /** Cost of a Han character that is not in the dictionary even as a single character. */
    static final int UNKNOWN_HAN = 255;
    /**
     * Cost of a common Chinese punctuation mark: as low as the commonest characters (的 costs 31), because
     * full stops and commas are about as frequent in running Chinese text.
     */
    static final int PUNCTUATION = 40;
    /** The punctuation marks that count as common. */
    static final String COMMON_PUNCTUATION = "。，、；：？！“”‘’《》（）—…,;:?!()";
    /** Cost of anything else: digits, Latin letters, symbols. */
    static final int OTHER = 120;
    private static final int MAX_WORD = 8;
    private static final String RESOURCE = "/com/ibm/icu/impl/data/icudata/brkitr/cjdict.dict";
    private static final WordDictionary ICU = load();

    private final CharSequence trie;

    private WordDictionary(CharSequence trie) {
        this.trie = trie;
    }

    public static WordDictionary icu() {
        return ICU;
    }

    private static WordDictionary load() {
        try (InputStream in = BreakIterator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("ICU word dictionary not found: " + RESOURCE);
            }
            return new WordDictionary(trieChars(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The UChars trie inside an ICU data file: a data header, eight int indexes, then the trie. */
    private static CharSequence trieChars(byte[] data) {
        ByteBuffer buffer = ByteBuffer.wrap(data);
        int headerSize = buffer.getShort(0) & 0xFFFF;
        boolean bigEndian = data[8] != 0;
        buffer.order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int trieOffset = buffer.getInt(headerSize);
        int totalSize = buffer.getInt(headerSize + 3 * 4);
        int trieType = buffer.getInt(headerSize + 4 * 4);
        if ((trieType & 7) != 1) {
            throw new IllegalStateException("unexpected ICU dictionary type " + trieType);
        }
        char[] chars = new char[(totalSize - trieOffset) / 2];
        int start = headerSize + trieOffset;
        for (int i = 0; i < chars.length; i++) {
            chars[i] = buffer.getChar(start + 2 * i);
        }
        return CharBuffer.wrap(chars);
    }

    /** The cost of {@code word} as one dictionary word, or -1 when it is not one. */
    public int cost(CharSequence word) {
        CharsTrie t = new CharsTrie(trie, 0);
        BytesTrie.Result result = BytesTrie.Result.NO_MATCH;
        for (int i = 0; i < word.length(); i++) {
            result = t.next(word.charAt(i));
            if (!result.matches()) {
                return -1;
            }
        }
        return result.hasValue() ? t.getValue() : -1;
    }

    /** Whether the character at {@code index} is part of a dictionary word of two or more characters. */
    public boolean inWord(CharSequence text, int index) {
        for (int start = Math.max(0, index - MAX_WORD + 1); start <= index; start++) {
            CharsTrie t = new CharsTrie(trie, 0);
            for (int j = start; j < text.length() && j < start + MAX_WORD; j++) {
                BytesTrie.Result result = t.next(text.charAt(j));
                if (!result.matches()) {
                    break;
                }
                if (result.hasValue() && j >= index && j > start) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The least total cost of segmenting {@code text} into dictionary words and single characters. */
    public int segmentationCost(CharSequence text) {
        int n = text.length();
        int[] best = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Integer.MAX_VALUE) {
                continue;
            }
            relax(best, i + 1, best[i] + singleCost(text.charAt(i)));
            CharsTrie t = new CharsTrie(trie, 0);
            for (int j = i; j < n && j < i + MAX_WORD; j++) {
                BytesTrie.Result result = t.next(text.charAt(j));
                if (!result.matches()) {
                    break;
                }
                if (result.hasValue()) {
                    relax(best, j + 1, best[i] + t.getValue());
                }
            }
        }
        return best[n];
    }

    private static void relax(int[] best, int at, int cost) {
        if (cost < best[at]) {
            best[at] = cost;
        }
    }

    private static int singleCost(char c) {
        if (Character.isIdeographic(c)) {
            return UNKNOWN_HAN;
        }
        return COMMON_PUNCTUATION.indexOf(c) >= 0 ? PUNCTUATION : OTHER;
    }

    static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION;
    }
}
