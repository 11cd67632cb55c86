/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import podium.cli.internal.Messages;

/**
 * The command as a user with a Chinese locale (LANG=zh_CN.UTF-8, or -nl zh_CN) sees it: help, usage
 * errors, summaries and problems in Chinese. Runs in its own OSGi runtime started in Chinese (this
 * bundle's pom): messages are chosen once per JVM.
 */
class ChineseCliTest {

    @TempDir
    Path dir;

    @Test
    void thisRuntimeIsChinese() {
        assertThat(Locale.getDefault().getLanguage()).as("pom: -Duser.language=zh").isEqualTo("zh");
    }

    @Test
    void theHelpIsChineseWithEveryExitCode() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("用法：podium").contains("命令：").contains("validate");
        assertThat(run.out().replaceAll("\\s+", "")).contains("退出码：0正常，1输入有问题，2用法错误，3内部错误（不会改动您的文件），4部分完成");
    }

    static List<String> commands() {
        return HelpTexts.COMMANDS;
    }

    @Test
    void noPathFileNameOrExampleOfTheHelpIsSplitAcrossLines() {
        HelpTexts.assertNothingSplit();
    }

    @ParameterizedTest(name = "podium {0} --help")
    @MethodSource("commands")
    void everyHelpIsChineseAndWrappedNotBroken(String command) {
        CliRun run = HelpTexts.help(command);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("用法：podium " + command).contains("显示本帮助并退出。")
                .doesNotContain("Usage", "Show this help", "Exit codes");
        HelpTexts.assertWrapped(run.out());
        HelpTexts.assertDescribed(run.out());
    }

    @Test
    void usageErrorsAreChinese() {
        CliRun unknown = CliRun.of("validate", "--evry-use", "x");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("podium: 未知的选项或参数：--evry-use；是不是 --every-use？\n"
                + "用 'podium validate --help' 查看用法。\n");
        CliRun missing = CliRun.of("actuals", "import", "data.csv");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("podium: 缺少 --plan\n用 'podium actuals import --help' 查看用法。\n");
        CliRun choices = CliRun.of("convert", "plan.podium", "--to", "pdf");
        assertThat(choices.err()).startsWith("podium: --to 的值无效：“pdf”（可选：xmi、podium）\n");
        CliRun helpFor = CliRun.of("help", "nosuch");
        assertThat(helpFor.exitCode()).isEqualTo(2);
        assertThat(helpFor.err()).startsWith("podium: 未知的选项或参数：nosuch\n");
        CliRun noFile = CliRun.of("validate", dir.resolve("无.podium").toString());
        assertThat(noFile.err()).isEqualTo("podium validate: 没有这个文件或文件夹：" + dir.resolve("无.podium") + "\n");
    }

    @Test
    void theUsesOfAnUnknownNameAreCountedInChinese() throws IOException {
        Files.writeString(dir.resolve("base.podium"), "plan p \"基准\" period 2004 as-of 2004-12-31 for 南阳市\n"
                + "indicator 外资 \"实际利用外资\" unit 万美元\norg 南阳市 city { org 宛成区 district }\n", UTF_8);
        Files.writeString(dir.resolve("a.podium"), "actual 外资 宛城区 2004-01 累计 10\nactual 外资 宛城区 2004-02 累计 20\n", UTF_8);
        Files.writeString(dir.resolve("b.podium"), "actual 外资 宛城区 2004-03 累计 30\n", UTF_8);

        CliRun run = CliRun.of("validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(dir.resolve("a.podium") + ":1:11: error PDM-L001 未知的单位“宛城区”，是不是“宛成区”？"
                + "（另有 2 处引用，分布在 2 个文件）\npodium validate: 1 个错误，0 个警告\n");
    }

    @Test
    void summariesAreChinese() {
        assertThat(Messages.format(Messages.ImportCommand_summary, "讲话.txt", "GBK", 1, 12, 3, 1, 0))
                .isEqualTo("讲话.txt：GBK，1 篇讲话，12 个数字（3 个没有数值），1 处修复，0 个问题");
        assertThat(Messages.format(Messages.ProblemReport_moreUsesInThisFile, 1)).isEqualTo("（本文件另有 1 处引用）");
        assertThat(Messages.format(Messages.ProblemReport_moreUses, 1, 1)).isEqualTo("（另有 1 处引用，在另一个文件中）");
    }

    @Test
    void nothingImportedIsSaidInChinese() throws IOException {
        CliRun run = importInto(plan(), "单位,指标,月份,累计\n西县,外资,2004-08,10\n");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(dir.resolve("plan.podium") + ": 共 1 行：新增 0 条，替换 0 条，未变 0 条，跳过 1 行（未导入任何数据）\n");
    }

    @Test
    void rowsAfterTheAsOfDateAreSaidInChinese() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.podium"), "plan p \"计划\" period 2004 as-of 2004-05-31 for 市\n"
                + "indicator 外资 \"实际利用外资\" unit 万美元\norg 市 city { org 东县 county }\n", UTF_8);
        CliRun run = importInto(plan, "单位,指标,月份,累计\n东县,外资,2004-06,10\n东县,外资,2004-07,12\n");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\n2 行的月份晚于计划的截止日期 2004-05-31（警告 PDM-A004）；如要把截止日期改为 2004-07-31，"
                + "请加上 --move-as-of 再导入一次\n");
        CliRun moved = CliRun.of("actuals", "import", dir.resolve("data.csv").toString(), "--plan", plan.toString(),
                "--move-as-of");
        assertThat(moved.out()).contains("\n已把计划的截止日期从 2004-05-31 改为 2004-07-31（2 行晚于原截止日期）\n");
        assertThat(Files.readString(plan, UTF_8)).startsWith("plan p \"计划\" period 2004 as-of 2004-07-31 for 市\n");
    }

    @Test
    void aFallingCumulativeSeriesNamesTheOtherRowInChinese() throws IOException {
        CliRun run = importInto(plan(), "单位,指标,月份,累计\n东县,外资,2004-03,50\n东县,外资,2004-04,40\n");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("2004-04的累计数 40 低于 2004-03 的 50（第 2 行）");
    }

    @Test
    void aMissingColumnListsItsUsualTitlesAsAChineseList() throws IOException {
        CliRun run = importInto(plan(), "指标,月份,累计\n外资,2004-08,10\n");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("（常用标题：单位、单位名称、地区、县市区、地区名称、县市区名称、县(市、区)、填报单位、统计单位、organisation、"
                + "organization）");
    }

    @Test
    void anUnreadableSeveritiesFileSaysWhyInChinese() throws IOException {
        plan();
        Files.createDirectory(dir.resolve(".podium-severities"));
        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(dir.resolve(".podium-severities")
                + ":1:1: error PDM-X003 无法读取文件：这是一个文件夹\npodium validate: 1 个错误，0 个警告\n");
    }

    @Test
    void whyAProposalCannotBeAcceptedIsSaidInChinese() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.podium"), "plan p \"计划\" period 2004 for 市\n"
                + "indicator 出口 \"外贸出口\" unit 万美元\norg 市 city { org 东县 county }\n", UTF_8);
        Path speech = Files.writeString(dir.resolve("讲话.txt"), "在全市利用外资工作会议上的讲话\n同志们：\n一、明确目标\n"
                + "今年全市实际利用外资确保2800万美元，力争3200万美元。\n谢谢大家！\n", UTF_8);
        CliRun run = CliRun.of("import", speech.toString(), "--propose-targets", "--plan", plan.toString(), "--accept", "1");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("podium import: 无法采纳建议 1（计划中没有此指标）\n");
    }

    @Test
    void aReadOnlyFileIsNamedOnceInChinese() throws IOException {
        Path file = Files.writeString(dir.resolve("plan.podium"), "org   市\n", UTF_8);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        CliRun run = CliRun.of("format", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(file + " 是只读文件，未写入任何内容（将其设为可写后再保存）\n");
    }

    /** A plan of one indicator for a city with one county, 东县. */
    @Test
    void aMonthlyReportWithATitleAndATotalRowImportsAndSaysWhyTheTotalIsLeftOut() throws IOException {
        // the statistics office's sheet: a title line, the column titles, the unit, then 合计
        CliRun run = importInto(plan(), "2004年1-9月利用外资月报\n填报单位,指标名称,统计月份,1-9月累计（万美元）\n"
                + "东县,实际利用外资,2004年9月,36\n合计,实际利用外资,2004年9月,36\n");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo(dir.resolve("data.csv") + ":4:1: info PDM-A116 合计行（“合计”不是模型中的单位），不导入\n");
        assertThat(run.out()).startsWith(dir.resolve("plan.podium") + ": 共 2 行：新增 1 条，替换 0 条，未变 0 条，跳过 1 行\n");
        assertThat(Files.readString(dir.resolve("plan.podium"), UTF_8)).contains("actual 外资 东县 2004-09 累计 36");
    }

    private Path plan() throws IOException {
        return Files.writeString(dir.resolve("plan.podium"), "plan p \"计划\" period 2004 for 市\n"
                + "indicator 外资 \"实际利用外资\" unit 万美元\norg 市 city { org 东县 county }\n", UTF_8);
    }

    private CliRun importInto(Path plan, String csv) throws IOException {
        Path data = Files.writeString(dir.resolve("data.csv"), csv, UTF_8);
        return CliRun.of("actuals", "import", data.toString(), "--plan", plan.toString());
    }
}
