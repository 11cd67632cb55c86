/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chosen language in the file the launch script reads. */
class LanguageSettingTest {
    @TempDir
    Path dir;

    @Test
    void aChoiceIsWrittenAsOneLineAndReadBack() throws Exception {
        LanguageSetting setting = new LanguageSetting(dir.resolve("podium/language"));
        setting.choose(Optional.of("zh_CN"));
        assertThat(Files.readString(dir.resolve("podium/language"), StandardCharsets.UTF_8)).isEqualTo("zh_CN\n");
        assertThat(setting.chosen()).contains("zh_CN");
        setting.choose(Optional.of("en"));
        assertThat(setting.chosen()).contains("en");
    }

    @Test
    void noFileMeansTheSystemsLanguageAndFollowingItRemovesTheFile() throws Exception {
        LanguageSetting setting = new LanguageSetting(dir.resolve("podium/language"));
        assertThat(setting.chosen()).isEmpty();
        setting.choose(Optional.of("en"));
        setting.choose(Optional.empty());
        assertThat(dir.resolve("podium/language")).doesNotExist();
        assertThat(setting.chosen()).isEmpty();
    }

    @Test
    void whatTheLaunchScriptWouldIgnoreIsNotAChoice() throws Exception {
        Path file = dir.resolve("language");
        Files.writeString(file, "zh-CN; rm -rf /\n");
        assertThat(new LanguageSetting(file).chosen()).isEmpty();
        Files.writeString(file, "  en  \n");
        assertThat(new LanguageSetting(file).chosen()).contains("en");
        assertThatThrownBy(() -> new LanguageSetting(file).choose(Optional.of("Chinese")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLanguagesOfferedAreChineseFirstThenEnglish() {
        assertThat(LanguageSetting.LANGUAGES).containsExactly("zh_CN", "en");
        assertThat(LanguagePage.nameOf("zh_CN")).isEqualTo("简体中文");
        assertThat(LanguagePage.nameOf("en")).isEqualTo("English");
    }
}
