/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.util.HashSet;
import java.util.Set;

/**
 * The character pairs a document uses where it is intact. A speech repeats its own names and phrases
 * (青山湖区, 招商引资), so a repair that recreates a pair seen elsewhere in the same text is more
 * likely right than one that a general dictionary merely allows.
 */
final class DocumentEvidence {

    /** How much a recreated pair seen elsewhere in the document lowers a repair's cost. */
    static final int SEEN_PAIR_BONUS = 15;
    private static final DocumentEvidence NONE = new DocumentEvidence(Set.of());

    private final Set<Integer> pairs;

    private DocumentEvidence(Set<Integer> pairs) {
        this.pairs = pairs;
    }

    static DocumentEvidence none() {
        return NONE;
    }

    /** The pairs of Han characters in {@code text}, pinyin annotations left out. */
    static DocumentEvidence of(String text) {
        Set<Integer> pairs = new HashSet<>();
        char previous = 0;
        int i = 0;
        while (i < text.length()) {
            int annotation = PinyinAnnotations.annotationEnd(text, i);
            if (annotation > 0) {
                i = annotation;
                continue;
            }
            char c = text.charAt(i);
            if (Character.isIdeographic(c) && Character.isIdeographic(previous)) {
                pairs.add(previous << 16 | c);
            }
            previous = c;
            i++;
        }
        return new DocumentEvidence(pairs);
    }

    /** The bonus for the pairs that characters {@code from..to} of {@code text} form with their neighbours. */
    int bonus(CharSequence text, int from, int to) {
        int bonus = 0;
        for (int i = Math.max(1, from); i <= to && i < text.length(); i++) {
            if (pairs.contains(text.charAt(i - 1) << 16 | text.charAt(i))) {
                bonus += SEEN_PAIR_BONUS;
            }
        }
        return bonus;
    }
}
