/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.manager.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import podium.plugins.manager.internal.Messages;
import podium.testing.MessageFiles;

/** The plugin manager speaks English and Chinese: the two message files agree. */
class MessagesTest {

    @Test
    void bothFilesHaveEveryKeyWithTheSameArgumentsAndATranslation() throws IOException {
        assertThat(MessageFiles.problems(Messages.class)).isEmpty();
    }

    @Test
    void aRefusedDowngradeIsExplainedInChinese() throws IOException {
        assertThat(MessageFiles.chinese(Messages.class, "PluginManager_newerInstalled", "示例报表 2.0.0 (acme.reports)", "1.0.0")
                + MessageFiles.chinese(Messages.class, "PluginManager_nothingChangedUseForce"))
                .isEqualTo("已安装 示例报表 2.0.0 (acme.reports)，比要安装的版本 1.0.0 更新。未做任何更改；如确需退回旧版本，请加 --force 安装。");
    }
}
