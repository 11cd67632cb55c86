/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import podium.compute.ActualsTable;
import podium.compute.Aggregations;
import podium.compute.Growth;
import podium.compute.RollUp;
import podium.compute.Series;
import podium.model.Aggregation;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.Unit;
import podium.model.time.Month;
import podium.reports.api.Value;

/**
 * An organisation's actual to date and last year's, its own or, as StatusBoard does, rolled up from its units
 * ({@link RollUp#overTreePreferringOwn}), in the indicator's unit.
 */
final class Figures {

    /**
     * @param current         to date; null when neither the organisation nor any unit below it reported
     * @param previous        last year's to date over the same units; null when not complete
     * @param missing         for a roll-up, the units without data
     * @param missingLastYear for a roll-up, the units with data this year but not last year
     */
    record ToDate(BigDecimal current, BigDecimal previous, Unit unit, boolean rolledUp, List<Organisation> missing,
            List<Organisation> missingLastYear) {

        Growth.YearOnYear yearOnYear() {
            return new Growth.YearOnYear(current, missingLastYear.isEmpty() ? previous : null);
        }
    }

    private final ActualsTable table;

    Figures(ActualsTable table) {
        this.table = table;
    }

    ActualsTable table() {
        return table;
    }

    ToDate toDate(Indicator indicator, Organisation organisation, Month month) {
        Series own = table.series(indicator, organisation);
        BigDecimal current = own.toDate(month);
        if (current != null || organisation.getChildren().isEmpty()) {
            return new ToDate(current, current == null ? null : own.previousYearToDate(month), own.unit(), false,
                    List.of(), List.of());
        }
        Aggregation across = Aggregations.acrossOrganisations(indicator);
        RollUp.Value now = RollUp.overTreePreferringOwn(organisation, o -> table.series(indicator, o).toDate(month), across)
                .get(organisation);
        if (now.value() == null) {
            return new ToDate(null, null, own.unit(), false, List.of(), List.of());
        }
        // last year's figures of the units that reported this year, so that growth compares like with like
        RollUp.Value before = RollUp.overTreePreferringOwn(organisation, o -> {
            Series s = table.series(indicator, o);
            return s.toDate(month) == null ? null : s.previousYearToDate(month);
        }, across).get(organisation);
        List<Organisation> missingLastYear = new ArrayList<>(before.missing());
        missingLastYear.removeAll(now.missing());
        return new ToDate(now.value(), before.value(), own.unit(), true, now.missing(), missingLastYear);
    }

    /**
     * Year-on-year growth in percent; without last year's base (missing or 0) "—" with the reason, as bulletins
     * print it; "-" when there is no actual or the indicator is a ratio.
     */
    static Value growth(Indicator indicator, ToDate toDate) {
        if (indicator.getKind() == IndicatorKind.RATIO) {
            return new Value.Empty(Messages.Empty_ratioGrowth);
        }
        if (toDate.current() == null) {
            return new Value.Empty(Messages.Empty_noActual);
        }
        if (!toDate.missingLastYear().isEmpty()) {
            return new Value.Empty(NLS.bind(Messages.Empty_lastYearMissingFrom,
                    ReportContext.organisations(toDate.missingLastYear())), Value.Empty.Kind.NO_BASE);
        }
        if (toDate.previous() == null) {
            return new Value.Empty(Messages.Empty_noLastYear, Value.Empty.Kind.NO_BASE);
        }
        if (toDate.previous().signum() == 0) {
            return new Value.Empty(Messages.Empty_lastYearZero, Value.Empty.Kind.NO_BASE);
        }
        return new Value.Percent(Growth.percent(toDate.current(), toDate.previous()));
    }
}
