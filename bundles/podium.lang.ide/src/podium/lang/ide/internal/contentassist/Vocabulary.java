/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.contentassist;

import java.util.Map;

/** What the domain words of the language mean, shown next to their proposals. */
final class Vocabulary {
    private static final Map<String, String> QUALIFIERS = Map.of(
            "以上", "qualifier: at least (以上 / 不低于 / 突破)",
            "左右", "qualifier: about (左右 / 近 / 约)",
            "以内", "qualifier: at most (以内 / 不超过)");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("确保", "guarantee level"),
            Map.entry("力争", "strive level (at least the guarantee)"),
            Map.entry("零", "zero target (零发生)"),
            Map.entry("同比增长", "growth target in % over the base"),
            Map.entry("一票否决", "veto: failing it fails the whole assessment"),
            Map.entry("累计", "cumulative since January"),
            Map.entry("当月", "this month alone"),
            Map.entry("省定", "set by the province"),
            Map.entry("市定", "set by the city"),
            Map.entry("自定", "set by the unit itself"));

    private Vocabulary() {
    }

    static String qualifier(String word) {
        return QUALIFIERS.getOrDefault(word, "qualifier");
    }

    /** The meaning of a domain keyword, or null for structural keywords. */
    static String described(String word) {
        return WORDS.get(word);
    }
}
