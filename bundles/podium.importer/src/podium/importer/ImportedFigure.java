/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantitative statement cited in a speech.
 *
 * @param indicator the nearest noun phrase naming what is measured, or null when none was found
 * @param value     the number as written (Chinese numerals converted), null when the site blanked it
 * @param unit      the unit as written in Simplified Chinese ({@code 万美元}, {@code %}, {@code 个百分点}), or null
 * @param of        for ranks, the size of the peer group when stated; otherwise null
 * @param period    the period the figure refers to when stated ({@code 1-6月}, {@code 上半年}), or null
 * @param quote     the cleaned source span the figure was read from
 * @param line      the line in the input file where the span starts
 * @param offset    where {@code quote} starts in the speech's cleaned text
 */
public record ImportedFigure(String indicator, BigDecimal value, String unit, Qualifier qualifier,
        FigureRole role, Integer of, String period, String quote, int line, int offset) {

    public ImportedFigure {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(quote, "quote");
    }

    /** Length of the source span in the speech's cleaned text. */
    public int length() {
        return quote.length();
    }
}
