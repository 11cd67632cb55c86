/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import podium.model.Project;
import podium.model.ProjectStage;
import podium.model.Quantity;
import podium.model.StageChange;
import podium.model.Unit;
import podium.model.time.Day;
import podium.model.units.Units;

/** Computes the {@link Pipeline} of a set of projects. */
public final class PipelineCalculator {

    private PipelineCalculator() {
    }

    /**
     * The pipeline of {@code projects} as of {@code asOf}, amounts in {@code unit}; a project not in production
     * whose last stage change is {@code stalledAfterDays} days or more before {@code asOf} is stalled.
     */
    public static Pipeline of(Collection<Project> projects, Unit unit, Day asOf, int stalledAfterDays) {
        List<Project> usable = new ArrayList<>();
        List<Project> skipped = new ArrayList<>();
        for (Project p : projects) {
            (convertible(p.getContractAmount(), unit) && convertible(p.getPaidInAmount(), unit) ? usable : skipped)
                    .add(p);
        }
        List<Pipeline.Stage> stages = new ArrayList<>();
        for (ProjectStage stage : ProjectStage.VALUES) {
            List<Project> at = usable.stream().filter(p -> p.getStage() == stage).toList();
            stages.add(new Pipeline.Stage(stage, at.size(), sum(at, Project::getContractAmount, unit),
                    sum(at, Project::getPaidInAmount, unit)));
        }
        List<Project> signed = atLeast(usable, ProjectStage.SIGNED);
        BigDecimal signedContract = sum(signed, Project::getContractAmount, unit);
        BigDecimal realised = sum(atLeast(usable, ProjectStage.REGISTERED), Project::getContractAmount, unit);
        BigDecimal paidIn = sum(signed, Project::getPaidInAmount, unit);
        BigDecimal advancing = BigDecimal.valueOf(atLeast(usable, ProjectStage.STARTED).size());
        List<Pipeline.Stalled> stalled = new ArrayList<>();
        List<Project> undated = new ArrayList<>();
        findStalled(usable, asOf, stalledAfterDays, stalled, undated);
        return new Pipeline(asOf, unit, stages, conversion(usable), Percentages.percent(realised, signedContract),
                Percentages.percent(paidIn, signedContract),
                Percentages.percent(advancing, BigDecimal.valueOf(signed.size())), stalled, undated, skipped);
    }

    private static Map<ProjectStage, BigDecimal> conversion(List<Project> projects) {
        Map<ProjectStage, BigDecimal> rates = new EnumMap<>(ProjectStage.class);
        for (ProjectStage stage : ProjectStage.VALUES) {
            if (stage.getValue() + 1 < ProjectStage.VALUES.size()) {
                ProjectStage next = ProjectStage.get(stage.getValue() + 1);
                BigDecimal rate = Percentages.percent(BigDecimal.valueOf(atLeast(projects, next).size()),
                        BigDecimal.valueOf(atLeast(projects, stage).size()));
                if (rate != null) {
                    rates.put(stage, rate);
                }
            }
        }
        return rates;
    }

    private static void findStalled(List<Project> projects, Day asOf, int days, List<Pipeline.Stalled> stalled,
            List<Project> undated) {
        for (Project p : projects) {
            if (p.getStage() == ProjectStage.PRODUCING) {
                continue;
            }
            Day last = p.getStageChanges().stream().map(StageChange::getDate).filter(d -> d != null)
                    .filter(d -> !d.isAfter(asOf)).max(Comparator.naturalOrder()).orElse(null);
            if (last == null) {
                undated.add(p);
            } else if (last.daysUntil(asOf) >= days) {
                stalled.add(new Pipeline.Stalled(p, p.getStage(), last, last.daysUntil(asOf)));
            }
        }
        stalled.sort(Comparator.comparingLong(Pipeline.Stalled::days).reversed());
    }

    private static List<Project> atLeast(List<Project> projects, ProjectStage stage) {
        return projects.stream().filter(p -> p.getStage().getValue() >= stage.getValue()).toList();
    }

    private static boolean convertible(Quantity q, Unit unit) {
        return q == null || q.getValue() == null || Units.compatible(q.getUnit(), unit);
    }

    private static BigDecimal sum(List<Project> projects, java.util.function.Function<Project, Quantity> amount,
            Unit unit) {
        BigDecimal total = BigDecimal.ZERO;
        for (Project p : projects) {
            Quantity q = amount.apply(p);
            if (q != null && q.getValue() != null) {
                total = total.add(Units.convert(q.getValue(), q.getUnit(), unit));
            }
        }
        return total;
    }
}
