/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

/** Sentence and clause boundaries of cleaned Chinese text. */
final class Clauses {

    private static final String SENTENCE_END = "。！？；\n";
    private static final String CLAUSE_END = SENTENCE_END + "，、：（）“”";

    private Clauses() {
    }

    /** Start of the sentence containing {@code i}. */
    static int sentenceStart(CharSequence text, int i) {
        return backTo(text, i, SENTENCE_END);
    }

    /** Start of the statement containing {@code i}: like a sentence, but a semicolon does not end it. */
    static int statementStart(CharSequence text, int i) {
        return backTo(text, i, "。！？\n");
    }

    /** End of the sentence containing {@code i} (index of its closing mark, or the text's end). */
    static int sentenceEnd(CharSequence text, int i) {
        return forwardTo(text, i, SENTENCE_END);
    }

    /** Start of the clause containing {@code i}: after the last comma, enumeration comma or stop. */
    static int clauseStart(CharSequence text, int i) {
        return backTo(text, i, CLAUSE_END);
    }

    static int clauseEnd(CharSequence text, int i) {
        return forwardTo(text, i, CLAUSE_END);
    }

    private static int backTo(CharSequence text, int i, String marks) {
        int k = Math.min(i, text.length());
        while (k > 0 && marks.indexOf(text.charAt(k - 1)) < 0) {
            k--;
        }
        return k;
    }

    private static int forwardTo(CharSequence text, int i, String marks) {
        int k = i;
        while (k < text.length() && marks.indexOf(text.charAt(k)) < 0) {
            k++;
        }
        return k;
    }

    /** Whether {@code i} lies inside a quotation or title of up to {@code maxLength} (a slogan: “十抓十促”, 《六个跟踪》). */
    static boolean inShortQuote(CharSequence text, int i, int maxLength) {
        return inShortPair(text, i, maxLength, '“', '”') || inShortPair(text, i, maxLength, '《', '》');
    }

    private static boolean inShortPair(CharSequence text, int i, int maxLength, char opening, char closing) {
        int open = -1;
        for (int k = i - 1; k >= 0 && i - k <= maxLength; k--) {
            char c = text.charAt(k);
            if (c == closing || c == '\n') {
                return false;
            }
            if (c == opening) {
                open = k;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int k = i; k < text.length() && k - open <= maxLength + 1; k++) {
            char c = text.charAt(k);
            if (c == closing) {
                return true;
            }
            if (c == opening || c == '\n') {
                return false;
            }
        }
        return false;
    }
}
