/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import podium.cli.internal.output.HelpLines;
import podium.cli.internal.output.WrappingHelp;

/** Where help text breaks: sentences written for these tests, each at a width that forces a choice. */
class HelpLinesTest {

    private static List<String> wrap(String text, int width) {
        return wrap(text, width, width);
    }

    private static List<String> wrap(String text, int first, int next) {
        return HelpLines.wrap(text, first, next, WrappingHelp::columns).stream()
                .map(line -> text.substring(line.start(), line.end())).toList();
    }

    @Test
    void englishBreaksAtTheLastSpaceThatFits() {
        assertThat(wrap("the quick brown fox jumps over the lazy dog", 15))
                .containsExactly("the quick brown", "fox jumps over", "the lazy dog");
    }

    @Test
    void aTextThatFitsIsOneLine() {
        assertThat(wrap("keep it short", 13)).containsExactly("keep it short");
        assertThat(wrap("", 10)).isEmpty();
    }

    @Test
    void aPathIsNeverBrokenAtItsDotsOrSlashes() {
        // Java's line breaker allows a break after "~/." : picocli printed "(~/." and "local/share/..."
        assertThat(wrap("kept in the folder (~/.local/share/acme/plugins, or elsewhere)", 30))
                .containsExactly("kept in the folder", "(~/.local/share/acme/plugins,", "or elsewhere)");
    }

    @Test
    void aWordWiderThanTheLineOverflowsWhole() {
        assertThat(wrap("see /var/lib/a/very/long/path/to/some/file.txt now", 12))
                .containsExactly("see", "/var/lib/a/very/long/path/to/some/file.txt", "now");
    }

    @Test
    void theFirstLineMayBeWiderThanTheOthers() {
        assertThat(wrap("one two three four", 9, 5)).containsExactly("one two", "three", "four");
    }

    @Test
    void chineseWordsStayWhole() {
        // 20 columns hold ten characters; the eleventh and twelfth make the word 数据, which moves on whole
        List<String> lines = wrap("请先在这里选择一个数据文件然后导入", 20);
        assertThat(lines.get(0)).isEqualTo("请先在这里选择一个");
        assertThat(String.join("", lines)).isEqualTo("请先在这里选择一个数据文件然后导入");
        assertThat(lines).allMatch(line -> WrappingHelp.columns(line) <= 20);
    }

    @Test
    void noLineStartsWithAClosingMarkOrEndsWithAnOpeningOne() {
        // at 14 columns the comma would start the second line; at 18 the bracket would end the first
        assertThat(wrap("打开一个工作区，再保存", 14)).allMatch(line -> !line.startsWith("，"));
        List<String> lines = wrap("数据来自这个表格（或者那个文件）", 18);
        assertThat(lines).noneMatch(line -> line.endsWith("（") || line.startsWith("）"));
        assertThat(String.join("", lines)).isEqualTo("数据来自这个表格（或者那个文件）");
    }

    @Test
    void aFileNameOrANumberWithItsUnitIsNotSplitFromItsChineseCharacters() {
        List<String> lines = wrap("导出到文件 年度报告.xlsx 里", 14);
        assertThat(lines).contains("年度报告.xlsx");
        assertThat(wrap("截至2026年底完成", 8)).allMatch(line -> !line.startsWith("年") && !line.endsWith("2026"));
    }

    @Test
    void chineseMayBreakBeforeALatinWord() {
        assertThat(wrap("这里使用Podium打开", 10)).containsExactly("这里使用", "Podium打开");
    }

    @Test
    void anOptionMayStartALineAfterAChineseMark() {
        assertThat(wrap("结果写入文件；--out 可以另选", 16)).containsExactly("结果写入文件；", "--out 可以另选");
    }

    @Test
    void leadingSpacesIndentTheFirstLineAndTheSpacesOfABreakAreDropped() {
        assertThat(wrap("  indented text here", 12)).containsExactly("  indented", "text here");
    }
}
