/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.benchmarks.compute;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import podium.compute.ElapsedBasis;
import podium.compute.Progress;
import podium.compute.StatusBoard;
import podium.model.Basis;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.Actual;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.query.ModelIndex;
import podium.model.time.Month;

/**
 * Statuses of every target of a large model (orgs × indicators targets, orgs × indicators × months
 * actuals) against a plain loop summing the same actual values, both measured in the same run.
 * The measured status work includes indexing the model and grouping the actuals, as a report does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xms3g", "-Xmx3g" })
public class StatusBenchmark {

    @Param("200")
    int organisations;

    @Param("50")
    int indicators;

    @Param("60")
    int months;

    private ModelBuilder model;
    private Month dataMonth;
    private BigDecimal[] values;

    @Setup(Level.Trial)
    public void build() {
        Random random = new Random(42);
        model = new ModelBuilder("bench");
        model.plan("plan", "benchmark", String.valueOf(2000 + (months - 1) / 12), null);
        Organisation city = model.organisation("city", "全市", OrganisationKind.CITY);
        Organisation[] orgs = new Organisation[organisations];
        for (int o = 0; o < organisations; o++) {
            orgs[o] = model.child(city, "org" + o, "单位" + o, OrganisationKind.COUNTY);
        }
        Month first = Month.of(2000, 1);
        dataMonth = first.plusMonths(months - 1);
        for (int i = 0; i < indicators; i++) {
            Indicator indicator = model.indicator("I" + i, "指标" + i, Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
            Basis basis = i % 2 == 0 ? Basis.CUMULATIVE : Basis.MONTHLY;
            for (Organisation org : orgs) {
                model.target(indicator, org, null, String.valueOf(1000 + random.nextInt(9000)), null);
                addSeries(random, indicator, org, first, basis);
            }
        }
        List<Actual> actuals = ModelIndex.of(model.file()).actuals();
        values = actuals.stream().map(Actual::getValue).toArray(BigDecimal[]::new);
    }

    private void addSeries(Random random, Indicator indicator, Organisation org, Month first, Basis basis) {
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int m = 0; m < months; m++) {
            Month month = first.plusMonths(m);
            BigDecimal monthly = BigDecimal.valueOf(random.nextInt(100_000), 2);
            cumulative = month.month() == 1 ? monthly : cumulative.add(monthly);
            model.actual(indicator, org, month, basis, basis == Basis.CUMULATIVE ? cumulative : monthly);
        }
    }

    /** The work measured: every target's progress for the last month of data. */
    @Benchmark
    public List<Progress> statuses() {
        return new StatusBoard(ModelIndex.of(model.file())).compute(dataMonth, null, ElapsedBasis.BY_MONTHS);
    }

    /** The baseline: one pass summing the same actual values. */
    @Benchmark
    public BigDecimal plainLoopSum() {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            total = total.add(v);
        }
        return total;
    }
}
