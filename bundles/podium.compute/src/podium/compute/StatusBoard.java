/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import podium.model.Plan;
import podium.model.Target;
import podium.model.query.ModelIndex;
import podium.model.time.Day;
import podium.model.time.Month;
import podium.model.time.Period;

/**
 * Progress of every target of a model for a data month: the figures behind bulletins (通报), the
 * half-year review and the status views.
 */
public final class StatusBoard {

    private final ModelIndex index;
    private final ActualsTable actuals;
    private final ProgressCalculator calculator;
    private final Period planPeriod;

    public StatusBoard(ModelIndex index) {
        this(index, new ProgressCalculator());
    }

    public StatusBoard(ModelIndex index, ProgressCalculator calculator) {
        this.index = index;
        this.actuals = ActualsTable.of(index.actuals());
        this.calculator = calculator;
        this.planPeriod = index.plan().map(Plan::getPeriod).orElse(null);
    }

    public ActualsTable actuals() {
        return actuals;
    }

    /**
     * Progress of every target with data up to {@code dataMonth}; the elapsed share is counted by
     * {@code basis} (by days it runs to {@code asOf}, or to the end of the data month when asOf is null).
     */
    public List<Progress> compute(Month dataMonth, Day asOf, ElapsedBasis basis) {
        List<Progress> result = new ArrayList<>();
        for (Target target : index.targets()) {
            result.add(progress(target, dataMonth, asOf, basis));
        }
        return result;
    }

    /** Progress of one target with data up to {@code dataMonth}. */
    public Progress progress(Target target, Month dataMonth, Day asOf, ElapsedBasis basis) {
        Period period = periodOf(target, dataMonth);
        Series series = actuals.series(target.getIndicator(), target.getOrganisation());
        BigDecimal toDate = period.contains(dataMonth) ? series.toDate(dataMonth) : null;
        BigDecimal elapsed = Schedule.elapsed(period, basis, dataMonth, asOf);
        return calculator.compute(target, toDate, series.unit(), elapsed);
    }

    /** The target's period, else the plan's, else the calendar year of the data month. */
    public Period periodOf(Target target, Month dataMonth) {
        if (target.getPeriod() != null) {
            return target.getPeriod();
        }
        return planPeriod != null ? planPeriod : Period.year(dataMonth.year());
    }
}
