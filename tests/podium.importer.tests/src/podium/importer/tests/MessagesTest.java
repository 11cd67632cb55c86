/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import podium.importer.internal.Messages;
import podium.testing.MessageFiles;

/** What the importer tells its users, in English and in Chinese: the two message files agree. */
class MessagesTest {

    @Test
    void bothFilesHaveEveryKeyWithTheSameArgumentsAndATranslation() throws IOException {
        assertThat(MessageFiles.problems(Messages.class)).isEmpty();
    }

    @Test
    void partsExceedingTheirTotalAreNamedInChinese() throws IOException {
        assertThat(zh("SumCheck_partsAfterQizhiExceedTotal", "45", "38", "个"))
                .isEqualTo("“其中”后各分项之和大于总数（分项合计45，总数38，计量单位：个）");
    }

    @Test
    void aBlankedNumberIsNamedInChinese() throws IOException {
        assertThat(zh("FigureExtractor_numberMissing", "万美元"))
                .isEqualTo("“万美元”前面缺少数字，原网页已将其删去");
    }

    @Test
    void aPlacedProposalReadsInChinese() throws IOException {
        String levels = zh("TargetProposal_bothLevels", "确保 2800 万美元", "力争 3200 万美元");
        String proposal = zh("TargetProposal_amount", "实际利用外资", levels);
        assertThat(zh("PlanTargets_placement", proposal, zh("PlanTargets_new"), "4"))
                .isEqualTo("实际利用外资：确保 2800 万美元，力争 3200 万美元——新目标（第4行）");
    }

    /** The Chinese text of a message, formatted. */
    private static String zh(String key, Object... arguments) throws IOException {
        return MessageFiles.chinese(Messages.class, key, arguments);
    }
}
