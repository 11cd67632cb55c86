/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import podium.model.Project;
import podium.model.ProjectStage;
import podium.model.Unit;
import podium.model.time.Day;

/**
 * The project pipeline (项目库) as of a date: projects and amounts per current stage, conversion
 * from each stage to the next, the 三率 and the stalled projects. Amounts are in {@code unit}.
 *
 * @param conversion          for each stage but the last: projects at the next stage or beyond ÷ projects at
 *                            this stage or beyond, in percent (null when none reached the stage)
 * @param contractRealisedRate 合同金额落实率: contract amount of projects registered or beyond ÷ contract amount
 *                            of all signed projects, in percent
 * @param paidInRate          实际资金到位率: paid-in ÷ contract amount of signed projects, in percent
 * @param signedAdvancingRate 签约项目推进率: signed projects that started construction or beyond ÷ signed
 *                            projects, in percent
 * @param undated             projects not in production without any dated stage change (stall unknown)
 * @param skipped             projects whose amounts are in units that do not convert to {@code unit}
 */
public record Pipeline(Day asOf, Unit unit, List<Stage> stages, Map<ProjectStage, BigDecimal> conversion,
        BigDecimal contractRealisedRate, BigDecimal paidInRate, BigDecimal signedAdvancingRate,
        List<Stalled> stalled, List<Project> undated, List<Project> skipped) {

    /** Projects currently at one stage with their summed contract and paid-in amounts. */
    public record Stage(ProjectStage stage, int count, BigDecimal contractAmount, BigDecimal paidInAmount) {
    }

    /** A project whose stage has not changed since {@code since}, {@code days} days before the as-of date. */
    public record Stalled(Project project, ProjectStage stage, Day since, long days) {
    }

    public Pipeline {
        stages = List.copyOf(stages);
        conversion = Map.copyOf(conversion);
        stalled = List.copyOf(stalled);
        undated = List.copyOf(undated);
        skipped = List.copyOf(skipped);
    }

    public Stage stage(ProjectStage stage) {
        return stages.stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
    }
}
