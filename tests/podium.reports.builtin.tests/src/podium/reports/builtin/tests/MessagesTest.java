/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import podium.reports.builtin.internal.Messages;
import podium.testing.MessageFiles;

/** The built-in reports speak English and Chinese: the two message files agree, and Chinese reads as users write. */
class MessagesTest {

    @Test
    void bothFilesHaveEveryKeyWithTheSameArgumentsAndATranslation() throws Exception {
        assertThat(MessageFiles.problems(Messages.class)).isEmpty();
    }

    @Test
    void chineseHeadersAndNotes() throws Exception {
        assertThat(MessageFiles.chinese(Messages.class, "Column_elapsed")).isEqualTo("序时进度");
        assertThat(MessageFiles.chinese(Messages.class, "Column_gap")).isEqualTo("与序时进度差（个百分点）");
        assertThat(MessageFiles.chinese(Messages.class, "Progress_title", "2004年8月")).isEqualTo("目标进度（截至2004年8月底）");
        assertThat(MessageFiles.chinese(Messages.class, "Progress_rolledUpMissing", "南阳市实际利用外资", "桐柏县、社旗县"))
                .isEqualTo("南阳市实际利用外资：实际数为所属单位合计，桐柏县、社旗县无数据");
        assertThat(MessageFiles.chinese(Messages.class, "Period_month", 2004, 8)).isEqualTo("2004年8月");
        assertThat(MessageFiles.chinese(Messages.class, "ZeroProgress_zeroTable")).isEqualTo("未实现零的突破（累计完成为0）");
        assertThat(MessageFiles.chinese(Messages.class, "Measures_overdue")).isEqualTo("逾期未完成");
        assertThat(MessageFiles.chinese(Messages.class, "List_separator")).isEqualTo("、");
    }
}
