/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.math.BigDecimal;

import podium.importer.FigureRole;
import podium.importer.Qualifier;

/**
 * A figure found in a speech text, located by offsets in that text.
 *
 * @param anchor     where the value (or, for a blank, the unit) starts; its line is the figure's line
 * @param quoteStart start of the source span
 * @param quoteEnd   end of the source span
 * @param unitKind   what the unit measures, null when there is no unit
 */
public record RawFigure(int anchor, int quoteStart, int quoteEnd, String indicator, BigDecimal value, String unit,
        Units.Kind unitKind, Qualifier qualifier, FigureRole role, Integer of, String period) {

    RawFigure withIndicator(String newIndicator) {
        return new RawFigure(anchor, quoteStart, quoteEnd, newIndicator, value, unit, unitKind, qualifier, role, of,
                period);
    }

    RawFigure withRole(FigureRole newRole, Qualifier newQualifier) {
        return new RawFigure(anchor, quoteStart, quoteEnd, indicator, value, unit, unitKind, newQualifier, newRole,
                of, period);
    }

    RawFigure withValue(BigDecimal newValue) {
        return new RawFigure(anchor, quoteStart, quoteEnd, indicator, newValue, unit, unitKind, qualifier, role, of,
                period);
    }
}
