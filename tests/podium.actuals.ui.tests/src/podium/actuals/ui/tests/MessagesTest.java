/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import podium.actuals.ui.internal.Messages;
import podium.testing.MessageFiles;

/** The wizard's messages exist in English and Chinese, with the same arguments. */
class MessagesTest {

    @Test
    void bothFilesHaveEveryKeyWithTheSameArgumentsAndATranslation() throws IOException {
        assertThat(MessageFiles.problems(Messages.class)).isEmpty();
    }

    @Test
    void theOfferToMoveTheAsOfDateIsInChinese() throws IOException {
        assertThat(MessageFiles.chinese(Messages.class, "CheckPage_moveAsOf", "2004-08-31", "2004-09-30", 14))
                .isEqualTo("将计划的截止日期从 2004-08-31 改为 2004-09-30：有 14 行的月份晚于原截止日期（否则每行都有警告 PDM-A004）");
    }
}
