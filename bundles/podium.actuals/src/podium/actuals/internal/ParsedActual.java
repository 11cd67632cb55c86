/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.internal;

import java.math.BigDecimal;

import podium.model.Basis;
import podium.model.Indicator;
import podium.model.Organisation;
import podium.model.Unit;
import podium.model.time.Day;
import podium.model.time.Month;

/** One valid row of a data file, ready to merge. */
public record ParsedActual(int row, Indicator indicator, Organisation organisation, Month month, Basis basis,
        BigDecimal value, Unit unit, BigDecimal previousYear, String source, Day reportDate) {

    /** What identifies an actual: re-importing the same key replaces, never duplicates. */
    public record Key(Indicator indicator, Organisation organisation, Month month, Basis basis) {
    }

    public Key key() {
        return new Key(indicator, organisation, month, basis);
    }
}
