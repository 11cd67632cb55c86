/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.importer.TargetProposal;
import podium.importer.TargetProposals;
import podium.importer.model.PlanTargets;
import podium.importer.model.PlanTargets.Placement;
import podium.importer.model.PlanTargets.Status;
import podium.lang.tools.PlanLoader;
import podium.model.Target;
import podium.model.persistence.LoadResult;

/** Proposals placed in a .podium plan whose indicators live in another file of its folder, and written back as text. */
class PlanTargetsTest {

    private static final String PLAN = "plan 测试计划 \"2004年全市利用外资工作\" period 2004 for 测试市\n\n"
            + "org 测试市 \"测试市\" city\n";
    private static final String INDICATORS = "indicator 实际利用外资 \"实际利用外资\" unit 万美元 cumulative sum higher-better\n";
    private static final String SPEECH = "今年实际利用外资确保省定2800万美元，力争3200万美元。";

    @TempDir
    Path folder;

    @Test
    void acceptedTargetsAreWrittenThroughTheSerializerWithABackup() throws IOException {
        Path plan = plan(PLAN);
        PlanTargets targets = targets(plan);
        List<Placement> placements = targets.place(proposals(SPEECH));
        assertThat(placements).extracting(Placement::status).containsExactly(Status.NEW);

        assertThat(targets.acceptAll(placements)).hasSize(1);
        targets.save(plan);

        assertThat(Files.readString(plan, StandardCharsets.UTF_8))
                .containsPattern("target 实际利用外资 测试市 2004\\s*:\\s*确保 2800 万美元 力争 3200 万美元\\s*$");
        assertThat(plan.resolveSibling("plan.podium.bak")).hasContent(PLAN);
        assertThat(targets(plan).place(proposals(SPEECH))).extracting(Placement::status).containsExactly(Status.SAME);
    }

    @Test
    void aSpeechNameThatContainsAnIndicatorsTitleFindsIt() throws IOException {
        TargetProposal read = proposals(SPEECH).get(0);
        TargetProposal longer = new TargetProposal("全市外资企业实际利用外资", read.guarantee(), read.strive(), read.unit(),
                read.growth(), read.period(), read.sources());
        Placement placement = targets(plan(PLAN)).place(List.of(longer)).get(0);
        assertThat(placement.status()).isEqualTo(Status.NEW);
        assertThat(placement.indicator().getName()).isEqualTo("实际利用外资");
    }

    @Test
    void aStriveAloneKeepsTheGuaranteeThePlanHas() throws IOException {
        Path plan = plan(PLAN + "target 实际利用外资 测试市 2004: 确保 2800 万美元 力争 3000 万美元\n");
        PlanTargets targets = targets(plan);
        List<Placement> placements = targets.place(proposals("今年实际利用外资力争3500万美元。"));
        assertThat(placements).extracting(Placement::status).containsExactly(Status.DIFFERENT);

        Target target = targets.acceptAll(placements).get(0);
        assertThat(target.getGuarantee().getValue()).isEqualByComparingTo("2800");
        assertThat(target.getStrive().getValue()).isEqualByComparingTo("3500");
    }

    @Test
    void aPlanWithoutOrganisationTakesNoTarget() throws IOException {
        PlanTargets targets = targets(plan("plan 测试计划 period 2004\n"));
        List<Placement> placements = targets.place(proposals(SPEECH));
        assertThat(placements).extracting(Placement::status).containsExactly(Status.INCOMPLETE_PLAN);
        assertThat(targets.acceptAll(placements)).isEmpty();
    }

    private Path plan(String text) throws IOException {
        Files.writeString(folder.resolve("indicators.podium"), INDICATORS, StandardCharsets.UTF_8);
        return Files.writeString(folder.resolve("plan.podium"), text, StandardCharsets.UTF_8);
    }

    private static PlanTargets targets(Path plan) {
        LoadResult loaded = PlanLoader.load(plan);
        assertThat(loaded.ok()).as("%s", loaded.problems()).isTrue();
        return PlanTargets.in(loaded.resource());
    }

    private static List<TargetProposal> proposals(String speech) {
        return TargetProposals.of(Imports.speech(speech));
    }
}
