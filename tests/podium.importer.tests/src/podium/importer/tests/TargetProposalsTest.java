/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import podium.importer.Bound;
import podium.importer.TargetProposal;
import podium.importer.TargetProposals;

class TargetProposalsTest {

    @Test
    void pairsAGuaranteeWithItsStrive() {
        List<TargetProposal> proposals = TargetProposals.of(Imports.speech(
                "今年实际利用外资确保省定2800万美元，力争3200万美元；外贸出口确保增长15%。"));
        assertThat(proposals).extracting(TargetProposal::describe).containsExactly(
                "实际利用外资: 确保 2800 万美元, 力争 3200 万美元 (今年)", "外贸出口 (growth): 确保 15 % (今年)");
        assertThat(proposals.get(0).sources()).hasSize(2);
        assertThat(proposals.get(1).growth()).isTrue();
    }

    /** Each level keeps its bound and its unit: 确保…以上, 力争突破…亿美元 in one proposal; 左右 stays. */
    @Test
    void proposalsKeepLevelAndBoundExactly() {
        List<TargetProposal> proposals = TargetProposals.of(Imports.speech(
                "今年全县进出口确保5000万美元以上，力争突破1亿美元；民间投资确保180亿元，力争200亿元左右。"));
        assertThat(proposals).extracting(TargetProposal::describe).containsExactly(
                "进出口: 确保 5000 万美元 以上, 力争 1 亿美元 以上 (今年)",
                "民间投资: 确保 180 亿元, 力争 200 亿元 左右 (今年)");
        assertThat(proposals.get(0).unit()).isEqualTo("万美元");
        assertThat(proposals.get(0).striveUnit()).isEqualTo("亿美元");
        assertThat(proposals.get(0).guaranteeBound()).isEqualTo(Bound.AT_LEAST);
        assertThat(proposals.get(1).striveBound()).isEqualTo(Bound.ABOUT);
    }

    /** 其中东城区确保…: a share of the split, for that unit, with the indicator the sentence splits. */
    @Test
    void aShareIsProposedForItsUnitWithTheIndicatorSplit() {
        List<TargetProposal> proposals = TargetProposals.of(Imports.speech("今年实际利用外资确保5200万美元。"
                + "市里把利用外资任务分解到各县区，其中东城区确保600万美元，西城区确保450万美元、力争500万美元。"));
        assertThat(proposals).extracting(TargetProposal::describe).containsExactly(
                "实际利用外资: 确保 5200 万美元 (今年)", "实际利用外资 (东城区): 确保 600 万美元",
                "实际利用外资 (西城区): 确保 450 万美元, 力争 500 万美元");
    }

    @Test
    void actualsBlanksAndFiguresWithoutAnIndicatorProposeNothing() {
        assertThat(TargetProposals.of(Imports.speech("上半年实际利用外资完成3750万美元，力争万美元。"))).isEmpty();
    }
}
