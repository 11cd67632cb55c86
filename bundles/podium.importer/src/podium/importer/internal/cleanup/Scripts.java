/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * Which script a Han character belongs to, by ICU's conversions: a character that Traditional-Simplified
 * changes is Traditional only; one that Simplified-Traditional changes and the other way leaves alone is
 * Simplified only; the rest are shared.
 */
final class Scripts {

    enum Script {
        TRADITIONAL, SIMPLIFIED, SHARED
    }

    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");
    private static final Map<Character, Script> CACHE = new ConcurrentHashMap<>();

    private Scripts() {
    }

    static Script of(char c) {
        if (!Character.isIdeographic(c)) {
            return Script.SHARED;
        }
        return CACHE.computeIfAbsent(c, Scripts::classify);
    }

    private static Script classify(Character c) {
        String s = String.valueOf(c);
        if (!convert(TO_SIMPLIFIED, s).equals(s)) {
            return Script.TRADITIONAL;
        }
        return convert(TO_TRADITIONAL, s).equals(s) ? Script.SHARED : Script.SIMPLIFIED;
    }

    private static String convert(Transliterator t, String s) {
        synchronized (t) {
            return t.transliterate(s);
        }
    }
}
