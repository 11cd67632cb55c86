/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code podium actuals import} checks rows against the whole workspace (a copy of examples/): actuals
 * are replaced where they are stored, rows that would break validation are refused with row and column,
 * a workspace with errors can still be repaired, and --partial has an exit code of its own.
 */
class ActualsWorkspaceTest {

    @TempDir
    Path dir;

    private Path plan;
    private Path actuals;

    @BeforeEach
    void copyExamples() throws IOException {
        Path examples = Path.of("../../examples").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.list(examples)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".podium")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        plan = dir.resolve("plan.podium");
        actuals = dir.resolve("actuals-2004.podium");
    }

    private Path csv(String... lines) throws IOException {
        return Files.writeString(dir.resolve("data.csv"), String.join("\n", lines) + "\n", UTF_8);
    }

    private CliRun importInto(Path target, Path data, String... more) {
        String[] args = Stream.concat(Stream.of("actuals", "import", data.toString(), "--plan", target.toString()),
                Stream.of(more)).toArray(String[]::new);
        return CliRun.of(args);
    }

    @Test
    void aMonthStoredInAnotherFileIsReplacedThereNotDuplicated() throws IOException {
        String planText = Files.readString(plan);
        // actuals-2004.podium holds 宛城区 2004-05 累计 121; importing into plan.podium replaces it there
        CliRun run = importInto(plan, csv("单位,指标,月份,累计", "宛城区,实际利用外资,2004-05,122"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 row: 0 added, 1 replaced, 0 unchanged, 0 skipped")
                .contains("wrote " + actuals.toAbsolutePath());
        assertThat(Files.readString(plan)).isEqualTo(planText);
        assertThat(Files.readString(actuals)).contains("actual 实际利用外资 宛城区 2004-05 累计 122 last-year 98")
                .doesNotContain("2004-05 累计 121");
        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exitCode()).as(validate.err()).isZero();
    }

    /** September of every county (the example file holds January to August): 14 rows, 实际利用外资 rising by 7 each. */
    private Path september() throws IOException {
        String[] counties = {"宛城区", "卧龙区", "南召县", "方城县", "西峡县", "镇平县", "内乡县", "淅川县", "社旗县", "唐河县",
            "新野县", "桐柏县", "邓州市", "高新区"};
        int[] august = {201, 252, 85, 100, 201, 158, 146, 137, 65, 154, 150, 0, 145, 96};
        StringBuilder rows = new StringBuilder("填报单位,指标名称,统计月份,本年累计,上年同期累计,数据来源\n");
        for (int i = 0; i < counties.length; i++) {
            rows.append(counties[i]).append(",实际利用外资,2004年9月,").append(august[i] + 7).append(",").append(100 + i)
                    .append(",市统计局\n");
        }
        return Files.writeString(dir.resolve("9月.csv"), rows, UTF_8);
    }

    @Test
    void theNextMonthJoinsTheFileOfTheMonthsBeforeItAndSaysItIsAfterTheAsOfDate() throws IOException {
        String planText = Files.readString(plan);
        String actualsText = Files.readString(actuals);
        CliRun run = importInto(plan, september());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("14 rows: 14 added, 0 replaced, 0 unchanged, 0 skipped\n14 rows are for a month after"
                + " the plan's as-of date 2004-08-31 (warning PDM-A004); to move the as-of date to 2004-09-30, import again"
                + " with --move-as-of\nwrote " + actuals.toAbsolutePath() + ";");
        assertThat(Files.readString(plan)).as("the plan holds no actuals and gets none").isEqualTo(planText);
        String after = Files.readString(actuals);
        assertThat(after).startsWith(actualsText.stripTrailing())
                .contains("actual 实际利用外资 宛城区 2004-09 累计 208 last-year 100 source \"市统计局\"")
                .contains("actual 实际利用外资 高新区 2004-09 累计 103 last-year 113 source \"市统计局\"");
        assertThat(after.lines().filter(l -> l.contains(" 2004-09 ")).count()).isEqualTo(14);
        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.out() + validate.err()).contains("PDM-A004");
    }

    @Test
    void moveAsOfMovesThePlansDateWithTheImportAndItsBackup() throws IOException {
        String planText = Files.readString(plan);
        CliRun run = importInto(plan, september(), "--move-as-of");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("14 rows: 14 added, 0 replaced, 0 unchanged, 0 skipped\nmoved the plan's as-of date"
                + " from 2004-08-31 to 2004-09-30 (14 rows after it)\nwrote " + actuals.toAbsolutePath() + ", "
                + plan.toAbsolutePath() + ";");
        assertThat(Files.readString(plan)).as("only the date changes in the plan's text")
                .isEqualTo(planText.replace("as-of 2004-08-31", "as-of 2004-09-30"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().matches(
                    "plan\\.podium\\.before-import-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d\\.bak")))
                    .singleElement().satisfies(b -> assertThat(b).hasContent(planText));
        }
        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
        assertThat(validate.out() + validate.err()).doesNotContain("PDM-A004");
    }

    @Test
    void theWorkspaceFolderStandsForTheFileThatDeclaresThePlan() throws IOException {
        // the example's plan is declared in plan.podium (its as-of date is what --move-as-of moves)
        CliRun run = importInto(dir, september(), "--move-as-of");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(plan.toAbsolutePath() + ": 14 rows: 14 added")
                .contains("from 2004-08-31 to 2004-09-30");
        assertThat(Files.readString(plan)).contains("as-of 2004-09-30");

        Path noPlan = Files.createDirectories(dir.resolve("组织"));
        Files.writeString(noPlan.resolve("orgs.podium"), "org 东区\n");
        CliRun refused = importInto(noPlan, september());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("podium actuals import: no .podium file in " + noPlan.toAbsolutePath()
                + " declares a plan; give the plan file with --plan\n");
    }

    @Test
    void aReimportWithMoveAsOfMovesOnlyTheDate() throws IOException {
        Path data = september();
        assertThat(importInto(plan, data).exitCode()).isZero();
        String actualsText = Files.readString(actuals);
        CliRun run = importInto(plan, data, "--move-as-of");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("0 added, 0 replaced, 14 unchanged").contains("moved the plan's as-of date from"
                + " 2004-08-31 to 2004-09-30").contains("wrote " + plan.toAbsolutePath() + ";");
        assertThat(Files.readString(actuals)).isEqualTo(actualsText);
        assertThat(Files.readString(plan)).contains("as-of 2004-09-30");
    }

    @Test
    void aFileWithANameThatDoesNotResolveStillTakesTheReplacedActual() throws IOException {
        // a county nobody declared, typed into the file that holds the actual the row replaces: an error of
        // the workspace, which neither stops the import nor keeps that file from being written
        String typo = "actual 实际利用外资 宛城县 2004-05 累计 7";
        Files.writeString(actuals, Files.readString(actuals) + typo + "\n");
        CliRun run = importInto(plan, csv("单位,指标,月份,累计", "宛城区,实际利用外资,2004-05,122"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 row: 0 added, 1 replaced, 0 unchanged, 0 skipped")
                .contains("wrote " + actuals.toAbsolutePath());
        assertThat(Files.readString(actuals)).contains("actual 实际利用外资 宛城区 2004-05 累计 122 last-year 98")
                .endsWith(typo + "\n");
        assertThat(CliRun.of("validate", dir.toString()).err()).contains("unknown organisation '宛城县'");
    }

    @Test
    void aRowThatWouldRewriteAFileWithSyntaxErrorsIsRefusedWithThoseErrors() throws IOException {
        // the file that holds 宛城区 2004-05 ends with an actual missing its county: writing the file back
        // would drop that line, so nothing is written and the error is shown where it is
        String broken = Files.readString(actuals) + "actual 实际利用外资 2004-06 累计\n";
        Files.writeString(actuals, broken);
        String planText = Files.readString(plan);
        int line = (int) broken.lines().count();
        CliRun run = importInto(plan, csv("单位,指标,月份,累计", "宛城区,实际利用外资,2004-05,122"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("actuals-2004\\.podium:" + line + ":\\d+: error PDM-X00")
                .contains("actuals-2004.podium cannot be read completely; nothing imported");
        assertThat(Files.readString(actuals)).isEqualTo(broken);
        assertThat(Files.readString(plan)).isEqualTo(planText);
        assertThat(dir.resolve("actuals-2004.podium.bak")).doesNotExist();
    }

    @Test
    void aReadOnlyFileAmongThoseAnImportChangesRefusesItWhole() throws IOException {
        // the first row is a new month of a series kept in actuals-2004.podium, the second replaces a month
        // there; that file is read-only: nothing is written, plan.podium (untouched anyway) included
        String planText = Files.readString(plan);
        String actualsText = Files.readString(actuals);
        java.util.Set<java.nio.file.attribute.PosixFilePermission> mode = Files.getPosixFilePermissions(actuals);
        Files.setPosixFilePermissions(actuals, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        try {
            CliRun run = importInto(plan, csv("单位,指标,月份,累计", "宛城区,实际利用外资,2004-09,230",
                    "宛城区,实际利用外资,2004-05,122"));
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("actuals-2004.podium:0:0: error PDM-F005").contains("read-only")
                    .doesNotContain("already saved");
            assertThat(Files.readString(plan)).isEqualTo(planText);
            assertThat(Files.readString(actuals)).isEqualTo(actualsText);
            assertThat(dir.resolve("plan.podium.bak")).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(actuals, mode);
        }
    }

    @Test
    void rowsThatWouldBreakValidationAreRefusedWithRowAndColumn() throws IOException {
        String before = Files.readString(actuals);
        Path data = csv("单位,指标,月份,累计", "宛城区,实际利用外资,2003-08,5", "宛城区,实际利用外资,9999-12,5",
                "卧龙区,实际利用外资,2004-09,-3", "宛城区,实际利用外资,2004-05,50");
        CliRun run = importInto(plan, data);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(data + ":2:3: error PDM-A113 month 2003-08 is outside the plan period 2004")
                .contains(data + ":3:3: error PDM-A113 month 9999-12 is outside the plan period 2004")
                .contains(data + ":4:4: error PDM-A114 a cumulative value of 实际利用外资 cannot be negative: -3")
                // by hand: 宛城区 2004-04 is 104 in actuals-2004.podium, so 50 for 2004-05 falls below it
                .contains(data + ":5:4: error PDM-A114 cumulative 50 for 2004-05 is lower than 104 for 2004-04"
                        + " (actuals-2004.podium)");
        assertThat(run.out()).contains("(nothing imported)");
        assertThat(Files.readString(actuals)).isEqualTo(before);
        assertThat(CliRun.of("validate", dir.toString()).exitCode()).isZero();
    }

    @Test
    void aReimportRepairsAWorkspaceThatFailsValidation() throws IOException {
        // a value typed by hand breaks the series: 2004-05 below 2004-04 (PDM-A002, an error)
        Files.writeString(actuals, Files.readString(actuals).replace("2004-05 累计 121", "2004-05 累计 12"));
        assertThat(CliRun.of("validate", dir.toString()).exitCode()).isEqualTo(1);
        CliRun run = importInto(actuals, csv("单位,指标,月份,累计", "宛城区,实际利用外资,2004-05,121"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("1 replaced");
        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exitCode()).as(validate.err()).isZero();
    }

    @Test
    void aReimportRemovesTheDuplicateAnOlderImportAddedToAnotherFile() throws IOException {
        // what the old import did: 宛城区 2004-05 of actuals-2004.podium added again to plan.podium
        String line = "actual 实际利用外资 宛城区 2004-05 累计 121 last-year 98";
        Files.writeString(plan, Files.readString(plan) + "\n" + line + "\n");
        CliRun broken = CliRun.of("validate", dir.toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out() + broken.err()).contains("PDM-A003");
        Path data = csv("单位,指标,月份,累计", "宛城区,实际利用外资,2004-05,122");
        CliRun run = importInto(plan, data);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains(data + ":2:3: info PDM-A115 the workspace held this actual 2 times (an error,"
                + " PDM-A003): kept in actuals-2004.podium with this row's value, removed from plan.podium");
        assertThat(run.out()).contains("1 row: 0 added, 1 replaced, 0 unchanged, 0 skipped");
        assertThat(Files.readString(plan)).doesNotContain("宛城区 2004-05");
        assertThat(Files.readString(actuals)).contains("actual 实际利用外资 宛城区 2004-05 累计 122 last-year 98");
        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
    }

    @Test
    void aReimportOfTheSameValueStillRemovesTheDuplicate() throws IOException {
        String before = Files.readString(actuals);
        Files.writeString(plan, Files.readString(plan) + "\nactual 实际利用外资 宛城区 2004-05 累计 121 last-year 98\n");
        CliRun run = importInto(plan, csv("单位,指标,月份,累计", "宛城区,实际利用外资,2004-05,121"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 row: 0 added, 0 replaced, 1 unchanged, 0 skipped")
                .containsPattern(Pattern.quote("wrote " + plan.toAbsolutePath() + "; the content before this import is kept in"
                        + " plan.podium.before-import-") + "\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d\\.bak "
                        + Pattern.quote("(later saves do not replace it; delete it when no longer needed)"));
        assertThat(Files.readString(plan)).doesNotContain("宛城区 2004-05");
        assertThat(Files.readString(actuals)).isEqualTo(before);
        assertThat(CliRun.of("validate", dir.toString()).exitCode()).isZero();
    }

    @Test
    void aPlanThatCannotBeReadIsRefusedAndLeftAlone() throws IOException {
        // line 2 becomes "actual 实际利用外资 {": a syntax error at its brace
        String broken = Files.readString(plan).replaceFirst("\n", "\nactual 实际利用外资 {\n");
        Files.writeString(plan, broken);
        CliRun run = importInto(plan, csv("单位,指标,月份,累计", "宛城区,实际利用外资,2004-09,230"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(plan + ":2:").contains("error PDM-X001")
                .contains(plan + " cannot be read completely; nothing imported");
        assertThat(Files.readString(plan)).isEqualTo(broken);
        assertThat(dir.resolve("plan.podium.bak")).doesNotExist();
    }

    @Test
    void partialHasItsOwnExitCodeAndSaysWhatWasWritten() throws IOException {
        Path data = csv("单位,指标,月份,累计", "宛城区,实际利用外资,2004-09,230", "南县,实际利用外资,2004-09,10");
        CliRun run = importInto(actuals, data, "--partial");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains(data + ":3:1: error PDM-A104 unknown organisation \"南县\"");
        assertThat(run.out()).matches(Pattern.quote(actuals + ": 2 rows: 1 added, 0 replaced, 0 unchanged, 1 skipped (partly"
                + " imported: only the rows without problems)\n1 row is for a month after the plan's as-of date 2004-08-31"
                + " (warning PDM-A004); to move the as-of date to 2004-09-30, import again with --move-as-of\nwrote " + actuals.toAbsolutePath() + "; the content before this"
                + " import is kept in actuals-2004.podium.before-import-") + "\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d\\.bak "
                + Pattern.quote("(later saves do not replace it; delete it when no longer needed)\n"));
        CliRun nothing = importInto(actuals, csv("单位,指标,月份,累计", "南县,实际利用外资,2004-09,10"), "--partial");
        assertThat(nothing.exitCode()).isEqualTo(1);
        assertThat(nothing.out()).contains("(nothing imported)");
    }
}
