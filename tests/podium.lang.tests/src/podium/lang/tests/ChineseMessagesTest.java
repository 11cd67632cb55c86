/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import podium.core.Problem;
import podium.inspections.InspectionDescriptor;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.testing.MessageFiles;

/**
 * The language in Chinese, as planning staff see it in a Chinese workbench or terminal: runs in its
 * own OSGi runtime started with a Chinese locale (see this bundle's pom), where the messages are
 * chosen once for the JVM.
 */
class ChineseMessagesTest {
    /** Latin words a Chinese message may keep: the language's own keywords, codes and formats. */
    private static final Set<String> KEPT = Set.of("import", "base", "average", "last", "of", "UTF", "NUL", "GBK",
            "XMI", "Podium", "PDM", "error", "warning", "info", "ignore", "due", "evidence");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z_]{3,}");

    static List<RuleFixtures.Fixture> fixtures() {
        return RuleFixtures.ALL;
    }

    @Test
    void theChineseMessagesAreInUse() {
        assertThat(Locale.getDefault().getLanguage()).as("this runtime must start in Chinese (pom: -Duser.language=zh)")
                .isEqualTo("zh");
        assertThat(RuleFixtures.rule(IssueCodes.STRIVE_BELOW_GUARANTEE).name()).isEqualTo("力争值未超过确保值");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyRuleSpeaksChinese(RuleFixtures.Fixture fixture) {
        List<String> messages = Workspaces.validate(fixture.fail()).stream()
                .filter(p -> p.code().equals(fixture.code())).map(Problem::message).toList();
        assertThat(messages).as(fixture.code()).isNotEmpty().allSatisfy(ChineseMessagesTest::assertChinese);
    }

    static List<InspectionDescriptor> rules() {
        return RuleFixtures.podiumRules();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleHasAChineseSummary(InspectionDescriptor rule) {
        assertChinese(rule.name());
        assertThat(rule.name()).isNotEqualTo(rule.name(Locale.ENGLISH));
    }

    @Test
    void messagesReadAsPlanningStaffWriteThem() {
        assertThat(messagesOf("target 外资 甲县: 确保 300 力争 200")).contains("力争 200 低于确保 300");
        assertThat(messagesOf("target 外资 丁县: 确保 1")).contains("未知的单位“丁县”，是不是“甲县”？");
        assertThat(messagesOf("actual 外资 甲县 2004-13 累计 5")).contains("无效的月份：2004-13");
        assertThat(messagesOf("split 外资 市 { 甲县 确保 500 乙区 确保 400 }"))
                .contains("各单位确保任务合计 900 万美元，目标为 1000 万美元（-100）");
    }

    @Test
    void bothFilesHaveEveryKeyWithTheSameArgumentsAndATranslation() throws IOException {
        Properties english = Texts.messages().file(false);
        assertThat(MessageFiles.problems(english, Texts.messages().file(true), english.stringPropertyNames())).isEmpty();
    }

    private static List<String> messagesOf(String text) {
        return Workspaces.validate(text).stream().map(Problem::message).toList();
    }

    private static void assertChinese(String message) {
        assertThat(message).as(message).containsPattern("\\p{IsHan}");
        Matcher words = LATIN_WORD.matcher(message);
        while (words.find()) {
            assertThat(KEPT).as("English word '%s' in: %s", words.group(), message).contains(words.group());
        }
    }
}
