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

    /** Accepting never removes what the plan says and the speech does not: 以上 stays with the same level. */
    @Test
    void acceptingKeepsThePlansBoundWhenTheSpeechStatesNone() throws IOException {
        Path plan = plan(PLAN + "target 实际利用外资 测试市 2004: 确保 2800 万美元 以上 力争 3000 万美元\n");
        PlanTargets targets = targets(plan);
        List<Placement> placements = targets.place(proposals("今年实际利用外资确保2800万美元，力争3300万美元。"));
        assertThat(placements).extracting(Placement::status).containsExactly(Status.DIFFERENT);
        targets.acceptAll(placements);
        targets.save(plan);
        assertThat(Files.readString(plan, StandardCharsets.UTF_8))
                .containsPattern("确保 2800 万美元 以上 力争 3300 万美元\\s*$");
    }

    /** Bounds the speech states are written: 突破 as 以上, 左右 as 左右; levels in the unit the speech uses. */
    @Test
    void boundsAndUnitsOfTheSpeechAreWritten() throws IOException {
        Path plan = plan(PLAN);
        PlanTargets targets = targets(plan);
        targets.acceptAll(targets.place(proposals("今年实际利用外资确保2800万美元以上，力争突破1亿美元。")));
        targets.save(plan);
        assertThat(Files.readString(plan, StandardCharsets.UTF_8))
                .containsPattern("确保 2800 万美元 以上 力争 1 亿美元 以上\\s*$");
        Path about = plan(PLAN);
        PlanTargets others = targets(about);
        others.acceptAll(others.place(proposals("今年实际利用外资力争3100万美元左右。")));
        others.save(about);
        assertThat(Files.readString(about, StandardCharsets.UTF_8)).containsPattern("力争 3100 万美元 左右\\s*$");
    }

    /** A speech with a lower level or a looser bound than the plan's is not accepted, not even with all. */
    @Test
    void aProposalThatWouldWeakenThePlanIsRefused() throws IOException {
        Path plan = plan(PLAN + "target 实际利用外资 测试市 2004: 确保 2800 万美元 以上 力争 3200 万美元\n");
        PlanTargets targets = targets(plan);
        List<Placement> placements = targets.place(List.of(proposals("今年实际利用外资确保2500万美元。").get(0),
                proposals("今年实际利用外资确保2800万美元左右。").get(0)));
        assertThat(placements).extracting(Placement::status).containsExactly(Status.WEAKER, Status.WEAKER);
        assertThat(targets.acceptAll(placements)).isEmpty();
        assertThat(targets.place(proposals("今年实际利用外资确保2800万美元以上，力争3200万美元。")))
                .extracting(Placement::status).containsExactly(Status.SAME);
    }

    /** 其中东城区确保…: the unit's share of the plan's split of the indicator. */
    @Test
    void aShareOfASplitIsFoundAndUpdated() throws IOException {
        Path plan = plan(PLAN.replace("city\n", "city {\n\torg 东城区 \"东城区\" district\n\torg 西城区 \"西城区\" district\n}\n")
                + "target 实际利用外资 测试市 2004: 确保 2800 万美元 力争 3200 万美元\n"
                + "split 实际利用外资 测试市 2004 {\n\t东城区 确保 600 力争 650\n\t西城区 确保 450 力争 480\n}\n");
        PlanTargets targets = targets(plan);
        List<Placement> placements = targets.place(proposals("市里把利用外资任务分解到各县区，其中东城区确保600万美元，"
                + "西城区确保450万美元、力争500万美元，南城区确保300万美元。"));
        assertThat(placements).extracting(Placement::status).containsExactly(Status.SAME, Status.DIFFERENT,
                Status.UNKNOWN_ORGANISATION);
        assertThat(placements.get(1).indicator().getName()).isEqualTo("实际利用外资");
        assertThat(placements.get(1).share()).isNotNull();
        targets.acceptAll(placements);
        targets.save(plan);
        assertThat(Files.readString(plan, StandardCharsets.UTF_8)).containsPattern("西城区 确保 450[^\\n]* 力争 500");
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
