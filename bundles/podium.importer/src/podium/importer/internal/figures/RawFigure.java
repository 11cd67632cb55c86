/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.math.BigDecimal;

import podium.importer.Bound;
import podium.importer.FigureRole;
import podium.importer.Level;

/**
 * A figure found in a speech text, located by offsets in that text.
 *
 * @param anchor       where the value (or, for a blank, the unit) starts; its line is the figure's line
 * @param quoteStart   start of the source span
 * @param quoteEnd     end of the source span
 * @param organisation the unit the figure is stated for when the text names it as the subject, else null
 * @param unitKind     what the unit measures, null when there is no unit
 * @param level        确保 or 力争, null when neither governs the figure
 */
public record RawFigure(int anchor, int quoteStart, int quoteEnd, String indicator, String organisation,
        BigDecimal value, String unit, Units.Kind unitKind, Level level, Bound bound, FigureRole role, Integer of,
        String period) {

    RawFigure withIndicator(String newIndicator) {
        return new RawFigure(anchor, quoteStart, quoteEnd, newIndicator, organisation, value, unit, unitKind, level,
                bound, role, of, period);
    }

    RawFigure withOrganisation(String newOrganisation) {
        return new RawFigure(anchor, quoteStart, quoteEnd, indicator, newOrganisation, value, unit, unitKind, level,
                bound, role, of, period);
    }

    RawFigure withRole(FigureRole newRole, Level newLevel, Bound newBound) {
        return new RawFigure(anchor, quoteStart, quoteEnd, indicator, organisation, value, unit, unitKind, newLevel,
                newBound, newRole, of, period);
    }

    RawFigure withValue(BigDecimal newValue) {
        return new RawFigure(anchor, quoteStart, quoteEnd, indicator, organisation, newValue, unit, unitKind, level,
                bound, role, of, period);
    }

    RawFigure withUnit(String newUnit, Units.Kind newKind) {
        return new RawFigure(anchor, quoteStart, quoteEnd, indicator, organisation, value, newUnit, newKind, level,
                bound, role, of, period);
    }

    RawFigure withQuote(int newStart, int newEnd) {
        return new RawFigure(anchor, newStart, newEnd, indicator, organisation, value, unit, unitKind, level, bound,
                role, of, period);
    }

    /** Whether 确保 or 力争 governs the figure. */
    boolean hasLevel() {
        return level != null;
    }
}
