/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number of a speech that is kept out of its figures, with the reason: a rank movement, an ordinal, a number in
 * a name or formula, a count of the speech's parts, a narrative span.
 *
 * @param value  the number, null for a placeholder
 * @param unit   the measure word after it as written, or null
 * @param quote  the cleaned span: the number with its measure word and what made it a mention
 * @param line   the line of the number in the input file
 * @param offset where {@code quote} starts in the speech's cleaned text
 */
public record ImportedMention(MentionKind kind, BigDecimal value, String unit, String quote, int line, int offset) {

    public ImportedMention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quote, "quote");
    }
}
