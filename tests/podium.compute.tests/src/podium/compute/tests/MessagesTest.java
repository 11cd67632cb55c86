/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import podium.compute.internal.Messages;
import podium.testing.MessageFiles;

/** Why a progress has no data, said in English and in Chinese: the two message files agree. */
class MessagesTest {

    @Test
    void bothFilesHaveEveryKeyWithTheSameArgumentsAndATranslation() throws IOException {
        assertThat(MessageFiles.problems(Messages.class)).isEmpty();
    }

    @Test
    void unitsThatDoNotConvertAreNamedInChinese() throws IOException {
        assertThat(zh("Progress_actualUnitDiffers", "万元", "万美元"))
                .isEqualTo("实际数以万元计，目标以万美元计");
    }

    /** The Chinese text of a message, formatted. */
    private static String zh(String key, Object... arguments) throws IOException {
        return MessageFiles.chinese(Messages.class, key, arguments);
    }
}
