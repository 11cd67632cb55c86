/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

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

    @Test
    void actualsBlanksAndFiguresWithoutAnIndicatorProposeNothing() {
        assertThat(TargetProposals.of(Imports.speech("上半年实际利用外资完成3750万美元，力争万美元。"))).isEmpty();
    }
}
