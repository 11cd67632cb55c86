/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.contentassist;

import java.util.Map;

import podium.lang.ide.internal.Messages;

/** What the domain words of the language mean, shown next to their proposals. */
final class Vocabulary {
    private static final Map<String, String> QUALIFIERS = Map.of(
            "以上", Messages.Vocabulary_atLeast,
            "左右", Messages.Vocabulary_about,
            "以内", Messages.Vocabulary_atMost);
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("确保", Messages.Vocabulary_guarantee),
            Map.entry("力争", Messages.Vocabulary_strive),
            Map.entry("零", Messages.Vocabulary_zero),
            Map.entry("同比增长", Messages.Vocabulary_growth),
            Map.entry("一票否决", Messages.Vocabulary_veto),
            Map.entry("累计", Messages.Vocabulary_cumulative),
            Map.entry("当月", Messages.Vocabulary_thisMonth),
            Map.entry("省定", Messages.Vocabulary_setByProvince),
            Map.entry("市定", Messages.Vocabulary_setByCity),
            Map.entry("自定", Messages.Vocabulary_setByUnit));

    private Vocabulary() {
    }

    static String qualifier(String word) {
        return QUALIFIERS.getOrDefault(word, Messages.Vocabulary_qualifier);
    }

    /** The meaning of a domain keyword, or null for structural keywords. */
    static String described(String word) {
        return WORDS.get(word);
    }
}
