/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import podium.plugins.ui.internal.Messages;
import podium.testing.MessageFiles;

/** Settings > Plugins speaks English and Chinese: the two message files agree. */
class MessagesTest {

    @Test
    void bothFilesHaveEveryKeyWithTheSameArgumentsAndATranslation() throws IOException {
        assertThat(MessageFiles.problems(Messages.class)).isEmpty();
    }

    @Test
    void theStatesAreInChinese() throws IOException {
        assertThat(MessageFiles.chinese(Messages.class, "PluginsPreferencePage_stateDisabled")).isEqualTo("已禁用");
        assertThat(MessageFiles.chinese(Messages.class, "PluginsPreferencePage_stateFailed")).isEqualTo("出错");
    }
}
