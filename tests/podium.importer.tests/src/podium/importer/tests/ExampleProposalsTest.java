/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.importer.Bound;
import podium.importer.TargetProposal;
import podium.importer.TargetProposals;
import podium.importer.model.PlanTargets;
import podium.importer.model.PlanTargets.Placement;
import podium.importer.model.PlanTargets.Status;
import podium.lang.tools.PlanLoader;
import podium.model.persistence.LoadResult;

/**
 * The mayor's speech of examples/ against a copy of the example plan, as {@code podium import
 * examples/speeches/*.txt --propose-targets --plan examples/plan.podium [--accept all]} places it.
 */
class ExampleProposalsTest {

    private static final Path EXAMPLES = Paths.get("..", "..", "examples");

    @TempDir
    Path folder;

    private Path plan;
    private List<Placement> placements;
    private PlanTargets targets;

    @BeforeEach
    void placeTheMayorsTargets() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".podium")).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        plan = folder.resolve("plan.podium");
        LoadResult loaded = PlanLoader.load(plan);
        assertThat(loaded.ok()).as("%s", loaded.problems()).isTrue();
        targets = PlanTargets.in(loaded.resource());
        List<TargetProposal> proposals = TargetProposals.of(
                Imports.IMPORTER.importFile(EXAMPLES.resolve("speeches").resolve("2004-03-06-市长讲话.txt")));
        placements = targets.place(proposals);
    }

    @Test
    void theSharesOfTheDistrictsFindTheirIndicator() {
        assertThat(placement("宛城区").status()).isEqualTo(Status.SAME);
        assertThat(placement("宛城区").indicator().getName()).isEqualTo("实际利用外资");
        assertThat(placement("宛城区").share()).isNotNull();
        Placement wolong = placement("卧龙区");
        assertThat(wolong.status()).isEqualTo(Status.SAME);
        assertThat(wolong.proposal().strive()).isEqualByComparingTo("340");
    }

    @Test
    void theStriveLevelOfExportsIsKeptWithItsUnitAndBound() {
        Placement exports = placements.stream().filter(p -> p.proposal().indicator().equals("外贸出口")).findFirst()
                .orElseThrow();
        TargetProposal proposal = exports.proposal();
        assertThat(proposal.guarantee()).isEqualByComparingTo("8000");
        assertThat(proposal.guaranteeBound()).isEqualTo(Bound.AT_LEAST);
        assertThat(proposal.strive()).isEqualByComparingTo("1");
        assertThat(proposal.striveUnit()).isEqualTo("亿美元");
        assertThat(proposal.striveBound()).isEqualTo(Bound.AT_LEAST);
        // the plan's strive level has no bound, the speech's 突破 says at least: not the same
        assertThat(exports.status()).isEqualTo(Status.DIFFERENT);
    }

    @Test
    void aboutStaysAbout() {
        Placement investment = placements.stream().filter(p -> p.proposal().indicator().contains("固定资产投资"))
                .findFirst().orElseThrow();
        assertThat(investment.proposal().striveBound()).isEqualTo(Bound.ABOUT);
        assertThat(investment.status()).isEqualTo(Status.SAME);
    }

    @Test
    void acceptingAllNeverWeakensThePlan() throws IOException {
        targets.acceptAll(placements);
        targets.save(plan);
        String written = Files.readString(plan, StandardCharsets.UTF_8);
        assertThat(written).contains("target 外贸出口 南阳市 2004: 确保 8000 万美元 以上 力争 1 亿美元 以上")
                .contains("力争 450 亿元 左右").contains("宛城区 确保 320 力争 320");
    }

    private Placement placement(String organisation) {
        return placements.stream().filter(p -> organisation.equals(p.proposal().organisation())).findFirst()
                .orElseThrow();
    }
}
