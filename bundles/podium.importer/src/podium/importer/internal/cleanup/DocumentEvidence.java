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
    /** How much putting back a character of the other script costs: a text is written in one script. */
    static final int OTHER_SCRIPT = 60;
    private static final DocumentEvidence NONE = new DocumentEvidence(Set.of(), Scripts.Script.SHARED);

    private final Set<Integer> pairs;
    private final Scripts.Script script;

    private DocumentEvidence(Set<Integer> pairs, Scripts.Script script) {
        this.pairs = pairs;
        this.script = script;
    }

    static DocumentEvidence none() {
        return NONE;
    }

    /** The pairs of Han characters in {@code text}, pinyin annotations left out. */
    static DocumentEvidence of(String text) {
        Set<Integer> pairs = new HashSet<>();
        Set<Character> seen = new HashSet<>();
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
            if (Character.isIdeographic(c)) {
                seen.add(c);
            }
            previous = c;
            i++;
        }
        return new DocumentEvidence(pairs, scriptOf(seen));
    }

    /** Traditional or Simplified when the characters of one script clearly outnumber the other's. */
    private static Scripts.Script scriptOf(Set<Character> characters) {
        int traditional = 0;
        int simplified = 0;
        for (char c : characters) {
            switch (Scripts.of(c)) {
                case TRADITIONAL -> traditional++;
                case SIMPLIFIED -> simplified++;
                default -> { }
            }
        }
        if (traditional > 4 * simplified + 5) {
            return Scripts.Script.TRADITIONAL;
        }
        return simplified > 4 * traditional + 5 ? Scripts.Script.SIMPLIFIED : Scripts.Script.SHARED;
    }

    /** The extra cost of putting {@code c} back into this document. */
    int scriptPenalty(char c) {
        Scripts.Script own = Scripts.of(c);
        return own != Scripts.Script.SHARED && script != Scripts.Script.SHARED && own != script ? OTHER_SCRIPT : 0;
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
