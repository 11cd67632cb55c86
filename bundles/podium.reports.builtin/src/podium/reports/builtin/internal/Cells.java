/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.internal;

import java.math.BigDecimal;

import podium.model.Unit;
import podium.reports.api.Value;

/** Typed cells, with "-" and its reason where a number is missing. */
final class Cells {

    private Cells() {
    }

    static Value text(String text) {
        return new Value.Text(text == null ? "" : text);
    }

    static Value amount(BigDecimal value, Unit unit, String reasonIfMissing) {
        return value == null ? new Value.Empty(reasonIfMissing) : new Value.Amount(value, unit);
    }

    /** A plain count (个, 项). */
    static Value count(long count) {
        return new Value.Amount(BigDecimal.valueOf(count), Unit.NONE);
    }

    static Value percent(BigDecimal value, String reasonIfMissing) {
        return value == null ? new Value.Empty(reasonIfMissing) : new Value.Percent(value);
    }

    static Value points(BigDecimal value, String reasonIfMissing) {
        return value == null ? new Value.Empty(reasonIfMissing) : new Value.Points(value);
    }
}
