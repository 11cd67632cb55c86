/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.cli.internal.Messages;

/** Every command prints paths alike (relative to the working directory) and counts in good English. */
class OutputConsistencyTest {

    /** A folder inside the working directory (the test bundle's), given to the commands as an absolute path. */
    private Path here;

    @BeforeEach
    void folderInTheWorkingDirectory() throws IOException {
        here = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "paths-").toAbsolutePath();
    }

    @AfterEach
    void removeIt() throws IOException {
        try (Stream<Path> all = Files.walk(here)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void validateAndFormatNameAFileInsideTheWorkingDirectoryRelativeToIt() throws IOException {
        Path plan = Files.writeString(here.resolve("plan.podium"), "org 市  city\nmeasure \"任务\" owner 县 due 2004-10-01\n", UTF_8);
        String relative = "target/" + here.getFileName() + "/plan.podium";

        CliRun validate = CliRun.of("validate", plan.toString());
        assertThat(validate.err()).contains(relative + ":2:").doesNotContain(here.toString());
        assertThat(validate.err().lines().filter(l -> !l.startsWith("podium validate: "))).allMatch(l -> l.startsWith(relative + ":"));

        CliRun format = CliRun.of("format", "--check", plan.toString());
        assertThat(format.out()).isEqualTo(relative + ": would be reformatted\n");

        CliRun missing = CliRun.of("validate", here.resolve("gone.podium").toString());
        assertThat(missing.err()).isEqualTo("podium validate: no such file or folder: target/" + here.getFileName()
                + "/gone.podium\n");
    }

    @Test
    void aReportNamesThePlanRelativeToTheWorkingDirectoryAndOneUnknownNameOnce() throws IOException {
        Files.writeString(here.resolve("plan.podium"), """
                plan p "计划" period 2004 as-of 2004-06-30 for 市
                org 市 "市" city
                indicator 外资 "实际利用外资" unit 万美元 cumulative sum higher-better
                target 外资 市 2004: 确保 100 万美元
                target 外资 新县 2004: 确保 10 万美元
                actual 外资 新县 2004-01 累计 1
                actual 外资 新县 2004-02 累计 2
                """, UTF_8);
        String relative = "target/" + here.getFileName() + "/plan.podium";

        CliRun report = CliRun.of("report", "progress", "--plan", here.toString());
        assertThat(report.err()).doesNotContain(here.toString());
        assertThat(report.err().lines().filter(l -> l.contains("PDM-L001")))
                .singleElement().asString().startsWith(relative + ":5:").contains("新县").endsWith("(and 2 more uses in this file)");
        assertThat(report.err().lines().filter(l -> l.contains(" left out: "))).isNotEmpty()
                .allMatch(l -> l.startsWith("podium report: " + relative + ":"));
    }

    @Test
    void aFileOutsideTheWorkingDirectoryKeepsItsAbsolutePath() throws IOException {
        Path outside = Files.createTempFile("outside-", ".podium");
        try {
            Files.writeString(outside, "measure \"任务\" owner 县 due 2004-10-01\n", UTF_8);
            assertThat(CliRun.of("validate", outside.toString()).err()).contains(outside.toAbsolutePath() + ":1:");
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void countsAreSingularForOne() {
        assertThat(Messages.format(Messages.ImportCommand_summary, "a.txt", "UTF-8", 1, 1, 0, 1, 1))
                .isEqualTo("a.txt: UTF-8, 1 speech, 1 figure (0 without a value), 1 repair, 1 problem");
        assertThat(Messages.format(Messages.ImportCommand_summary, "a.txt", "GBK", 2, 12, 3, 0, 0))
                .isEqualTo("a.txt: GBK, 2 speeches, 12 figures (3 without a value), no repairs, no problems");
        assertThat(Messages.format(Messages.ProblemReport_summary, 1, 1)).isEqualTo("1 error, 1 warning");
        assertThat(Messages.format(Messages.ProblemReport_summaryWithInfos, 0, 2, 1)).isEqualTo("no errors, 2 warnings, 1 info");
        assertThat(Messages.format(Messages.ImportCommand_accepted, 1, "plan.podium", "plan.podium.before-import-2004-09-10T15-30.bak"))
                .isEqualTo("Accepted 1 target into plan.podium (previous content kept as plan.podium.before-import-2004-09-10T15-30.bak)");
        assertThat(Messages.format(Messages.ReportCommand_planHasErrors, 1))
                .isEqualTo("the plan has 1 error; the report left out what they affect");
    }
}
