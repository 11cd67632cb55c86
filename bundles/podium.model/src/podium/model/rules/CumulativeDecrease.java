/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import podium.core.Severity;
import podium.model.Actual;
import podium.model.Basis;
import podium.model.IndicatorKind;
import podium.model.ModelPackage;
import podium.model.Unit;
import podium.model.units.Units;

/**
 * PDM-A002: a cumulative flow (1–M月累计) does not shrink from one month to the next of the same
 * year; when it does, a month was probably entered as 当月 or in the wrong unit.
 */
public final class CumulativeDecrease extends AbstractRule<Actual> {

    public CumulativeDecrease() {
        super(Actual.class, "PDM-A002", Severity.WARNING, "Cumulative value decreases",
                "cumulative %s of %s falls from %s in %s to %s in %s");
    }

    @Override
    public List<Finding> check(Actual actual) {
        if (actual.getBasis() != Basis.CUMULATIVE || actual.getMonth() == null || actual.getValue() == null
                || actual.getIndicator() == null || actual.getIndicator().getKind() != IndicatorKind.FLOW
                || actual.getMonth().month() == 1) {
            return List.of();
        }
        Unit unit = Units.effective(actual.getUnit(), actual.getIndicator());
        for (Actual previous : Scope.siblings(actual, Actual.class)) {
            if (isPreviousMonth(previous, actual)) {
                Unit previousUnit = Units.effective(previous.getUnit(), previous.getIndicator());
                if (Units.compatible(previousUnit, unit)
                        && Units.convert(previous.getValue(), previousUnit, unit).compareTo(actual.getValue()) > 0) {
                    return finding(actual, ModelPackage.Literals.ACTUAL__VALUE, Names.of(actual.getIndicator()),
                            Names.of(actual.getOrganisation()), Amounts.show(previous.getValue(), previousUnit),
                            previous.getMonth(), Amounts.show(actual.getValue(), unit), actual.getMonth());
                }
            }
        }
        return List.of();
    }

    private static boolean isPreviousMonth(Actual previous, Actual actual) {
        return previous.getBasis() == Basis.CUMULATIVE && previous.getValue() != null
                && previous.getIndicator() == actual.getIndicator()
                && previous.getOrganisation() == actual.getOrganisation()
                && actual.getMonth().previous().equals(previous.getMonth());
    }
}
