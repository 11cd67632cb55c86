/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

import podium.compute.internal.Messages;
import podium.testing.MessageFiles;

/** Why a progress has no data, said in English and in Chinese: the two message files agree. */
class MessagesTest {

    @Test
    void bothFilesHaveEveryKeyWithTheSameArgumentsAndATranslation() throws IOException {
        Properties english = MessageFiles.load(Messages.class, MessageFiles.ENGLISH);
        Properties chinese = MessageFiles.load(Messages.class, MessageFiles.CHINESE);
        assertThat(MessageFiles.problems(english, chinese, MessageFiles.keys(Messages.class))).isEmpty();
    }

    @Test
    void unitsThatDoNotConvertAreNamedInChinese() throws IOException {
        Properties chinese = MessageFiles.load(Messages.class, MessageFiles.CHINESE);
        assertThat(NLS.bind(chinese.getProperty("Progress_actualUnitDiffers"), "万元", "万美元"))
                .isEqualTo("实际数以万元计，目标以万美元计");
    }
}
