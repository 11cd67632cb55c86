/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * Pinyin readings of Han characters as ICU's {@code Han-Latin} transliterator gives them, and the reverse
 * table (reading → characters) derived from it over the CJK Unified Ideographs block; no hand-made list.
 */
public final class HanReadings {

    private static final HanReadings ICU = new HanReadings();

    private final Transliterator hanLatin = Transliterator.getInstance("Han-Latin");
    private final Map<Character, String> readings = new ConcurrentHashMap<>();
    private volatile Map<String, List<Character>> byToneless;

    private HanReadings() {
    }

    public static HanReadings icu() {
        return ICU;
    }

    /** The toned pinyin of {@code c} ({@code 验 → yàn}), or null when it is not a Han character. */
    public String readingOf(char c) {
        if (!Character.isIdeographic(c)) {
            return null;
        }
        return readings.computeIfAbsent(c, this::transliterate);
    }

    private String transliterate(Character c) {
        String latin;
        synchronized (hanLatin) {
            latin = hanLatin.transliterate(String.valueOf(c));
        }
        return latin.isEmpty() || Character.isIdeographic(latin.charAt(0)) ? "" : latin.trim();
    }

    /** Whether {@code c} reads {@code syllable}: exactly, or ignoring tones when {@code tonesMatter} is false. */
    public boolean reads(char c, String syllable, boolean tonesMatter) {
        String reading = readingOf(c);
        if (reading == null || reading.isEmpty()) {
            return false;
        }
        return tonesMatter ? reading.equals(syllable)
                : PinyinSyllables.toneless(reading).equals(PinyinSyllables.toneless(syllable));
    }

    /** Characters whose reading is {@code syllable} ignoring tones, from the derived table. */
    public List<Character> charactersReading(String syllable) {
        List<Character> found = table().get(PinyinSyllables.toneless(syllable));
        return found == null ? List.of() : found;
    }

    private Map<String, List<Character>> table() {
        Map<String, List<Character>> table = byToneless;
        if (table == null) {
            synchronized (this) {
                if (byToneless == null) {
                    byToneless = buildTable();
                }
                table = byToneless;
            }
        }
        return table;
    }

    private Map<String, List<Character>> buildTable() {
        // one transliteration of the whole block is far faster than one call per character
        StringBuilder block = new StringBuilder();
        for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
            block.append(c).append('\n');
        }
        String latin;
        synchronized (hanLatin) {
            latin = hanLatin.transliterate(block.toString());
        }
        String[] lines = latin.split("\n", -1);
        Map<String, List<Character>> table = new HashMap<>();
        for (int i = 0; i < lines.length && i <= '\u9FFF' - '\u4E00'; i++) {
            String reading = lines[i].trim();
            char c = (char) ('\u4E00' + i);
            if (!reading.isEmpty() && !Character.isIdeographic(reading.charAt(0))) {
                readings.putIfAbsent(c, reading);
                table.computeIfAbsent(PinyinSyllables.toneless(reading), k -> new ArrayList<>()).add(c);
            }
        }
        table.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return table;
    }
}
