/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import podium.testing.MessageFiles;

/** The settings' strings exist in English and Chinese, key for key. */
class SettingsMessagesTest {

    @Test
    void bothLanguagesHaveEveryKey() throws Exception {
        assertThat(MessageFiles.problems(Messages.class)).isEmpty();
        assertThat(MessageFiles.chinese(Messages.class, "Settings_title")).isEqualTo("设置");
        assertThat(MessageFiles.chinese(Messages.class, "LanguagePage_restart")).isEqualTo("更改语言后需重启 Podium 才能生效。");
    }
}
