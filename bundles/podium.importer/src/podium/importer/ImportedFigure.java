/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantitative statement cited in a speech.
 *
 * @param indicator    the nearest noun phrase naming what is measured, or null when none was found
 * @param organisation the unit the figure is stated for when the text names one as its subject
 *                     ({@code 宛城区确保320万美元}), else null
 * @param value        the number as written (Chinese numerals converted), null when the site blanked it
 * @param unit         the unit as written in Simplified Chinese ({@code 万美元}, {@code %}, {@code 个百分点}), or null
 * @param level        确保 guarantee or 力争 strive, null when the figure states no target level
 * @param bound        at least, at most, about or exact
 * @param of           for ranks, the size of the peer group when stated; otherwise null
 * @param period       the period the figure refers to when stated ({@code 1-6月}, {@code 上半年}), or null
 * @param quote        the cleaned source span the figure was read from
 * @param line         the line in the input file of the value (of the unit, for a blank)
 * @param offset       where {@code quote} starts in the speech's cleaned text
 */
public record ImportedFigure(String indicator, String organisation, BigDecimal value, String unit, Level level,
        Bound bound, FigureRole role, Integer of, String period, String quote, int line, int offset) {

    public ImportedFigure {
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(quote, "quote");
    }

    /** The level when there is one, else the bound: the one-word qualifier of earlier versions. */
    public Qualifier qualifier() {
        return Qualifier.of(level, bound);
    }

    /** Length of the source span in the speech's cleaned text. */
    public int length() {
        return quote.length();
    }
}
