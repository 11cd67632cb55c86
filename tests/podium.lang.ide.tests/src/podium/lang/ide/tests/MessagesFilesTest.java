/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.util.Properties;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

import podium.lang.ide.internal.Messages;
import podium.testing.MessageFiles;

/**
 * The English and Chinese message files of podium.lang.ide agree key by key, and the rules that check
 * them find each kind of slip (a key in one file only, a lost placeholder, a value left in English).
 */
class MessagesFilesTest {

    private static Properties file(String text) throws IOException {
        Properties messages = new Properties();
        messages.load(new StringReader(text));
        return messages;
    }

    @Test
    void bothFilesHaveEveryKeyOfTheClassWithTheSamePlaceholdersAndATranslation() throws IOException {
        Properties english = MessageFiles.load(Messages.class, MessageFiles.ENGLISH);
        Properties chinese = MessageFiles.load(Messages.class, MessageFiles.CHINESE);
        assertThat(english).isNotEmpty();
        assertThat(MessageFiles.problems(english, chinese, MessageFiles.keys(Messages.class))).isEmpty();
    }

    @Test
    void nlsFillsEveryFieldFromTheEnglishFileReadAsUtf8() throws IOException, IllegalAccessException {
        Properties english = MessageFiles.load(Messages.class, MessageFiles.ENGLISH);
        for (Field field : MessageFiles.fields(Messages.class)) {
            assertThat(field.get(null)).as(field.getName()).isEqualTo(english.getProperty(field.getName()));
        }
        assertThat(Messages.PodiumQuickfixProvider_swapLevels).isEqualTo("Swap 确保 and 力争");
    }

    @Test
    void hoverAndQuickFixTextsFormatInChineseFromTheZhCnFile() throws IOException {
        Properties chinese = MessageFiles.load(Messages.class, MessageFiles.CHINESE);
        String status = NLS.bind(chinese.getProperty("TargetProgressText_aheadBy"), "8.33");
        assertThat(NLS.bind(chinese.getProperty("TargetProgressText_status"), status)).isEqualTo("状态：超序时进度 8.33 个百分点");
        assertThat(NLS.bind(chinese.getProperty("TargetProgressText_completion"), new Object[] {"75.00%", "65.63%", "66.67%"}))
                .isEqualTo("完成确保目标的 75.00%、力争目标的 65.63%；序时进度 66.67%");
        assertThat(NLS.bind(chinese.getProperty("MissingDeclarations_declare"), "org 邓州市")).isEqualTo("声明 org 邓州市");
        assertThat(chinese.getProperty("PodiumQuickfixProvider_swapLevels")).isEqualTo("对调确保与力争");
    }

    @Test
    void aKeyInOneFileOnlyIsFound() throws IOException {
        Set<String> keys = Set.of("A_b");
        assertThat(MessageFiles.problems(file("A_b = on\nA_c = off\n"), file("A_b = 开\n"), keys))
                .containsExactlyInAnyOrder("A_c is in messages.properties but not in messages_zh_CN.properties",
                        "A_c in messages.properties is no field of the NLS class");
        assertThat(MessageFiles.problems(file("A_b = on\n"), file("A_b = 开\nA_c = 关\n"), keys))
                .contains("A_c is in messages_zh_CN.properties but not in messages.properties");
    }

    @Test
    void aFieldMissingFromBothFilesIsFound() throws IOException {
        assertThat(MessageFiles.problems(file("A_b = on\n"), file("A_b = 开\n"), Set.of("A_b", "A_c")))
                .containsExactly("A_c of the NLS class is missing from messages.properties",
                        "A_c of the NLS class is missing from messages_zh_CN.properties");
    }

    @Test
    void placeholdersMustMatch() throws IOException {
        assertThat(MessageFiles.problems(file("A_b = {0} of {1}\n"), file("A_b = {0} 的 {0}\n"), Set.of("A_b")))
                .containsExactly("A_b has placeholders [0, 1] in English but [0] in Chinese");
    }

    @Test
    void anEnglishValueInTheChineseFileIsFoundUnlessItHasNoLatinLetters() throws IOException {
        assertThat(MessageFiles.problems(file("A_b = Declare {0}\nA_c = {0}%\n"), file("A_b = Declare {0}\nA_c = {0}%\n"),
                Set.of("A_b", "A_c"))).containsExactly("A_b is not translated: Declare {0}");
    }

    @Test
    void quotesFollowWhetherTheMessageIsBound() throws IOException {
        Properties english = file("A_b = the plan's {0}\nA_c = the plan''s\nA_d = ''{0}'' is the plan''s\n");
        Properties chinese = file("A_b = 计划的 {0}\nA_c = 计划的\nA_d = ''{0}'' 是计划的\n");
        assertThat(MessageFiles.problems(english, chinese, Set.of("A_b", "A_c", "A_d"))).containsExactly(
                "A_b in messages.properties has arguments, so a single quote must be written ''",
                "A_c in messages.properties has no arguments and is shown as written, so '' shows twice");
        assertThat(NLS.bind(english.getProperty("A_d"), "目标")).isEqualTo("'目标' is the plan's");
    }
}
