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
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code podium actuals import} on an XMI plan: stdout, stderr, exit codes and the saved file. */
class ActualsCommandTest {

    private static final String PLAN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <podium:PlanningFile xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:podium="http://podium/model/1.0"
                name="city2004">
              <elements xsi:type="podium:Organisation" name="city" title="全市">
                <children name="dongxian" title="东县" kind="COUNTY"/>
              </elements>
              <elements xsi:type="podium:Indicator" name="FDI" title="实际利用外资" unit="万美元"/>
            </podium:PlanningFile>
            """;

    @TempDir
    Path dir;

    private Path plan;

    @BeforeEach
    void setUp() throws IOException {
        plan = Files.writeString(dir.resolve("plan.xmi"), PLAN, UTF_8);
    }

    private Path csv(String... lines) throws IOException {
        return Files.writeString(dir.resolve("data.csv"), String.join("\n", lines) + "\n", UTF_8);
    }

    @Test
    void importsSavesWithBackupAndPrintsTheSummaryOnStdout() throws IOException {
        Path data = csv("单位,指标,月份,累计", "东县,实际利用外资,2004-08,12.5", "全市,FDI,2004-08,1890");
        CliRun run = CliRun.of("actuals", "import", data.toString(), "--plan", plan.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(plan + ": 2 rows: 2 added, 0 replaced, 0 unchanged, 0 skipped\n"
                + "wrote " + plan + "; the content before this import is kept in " + importBackup().getFileName()
                + " (later saves do not replace it; delete it when no longer needed)\n");
        assertThat(Files.readString(plan, UTF_8)).contains("podium:Actual").contains("value=\"1890\"");
        assertThat(Files.readString(dir.resolve("plan.xmi.bak"), UTF_8)).isEqualTo(PLAN);
        assertThat(importBackup()).hasContent(PLAN);

        CliRun again = CliRun.of("actuals", "import", data.toString(), "--plan", plan.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("0 added, 0 replaced, 2 unchanged").doesNotContain("wrote");
    }

    @Test
    void badRowsGoToStderrAndNothingIsWritten() throws IOException {
        Path data = csv("单位,指标,月份,累计", "西县,FDI,2004-08,10", "东县,FDI,2004-08,10");
        CliRun run = CliRun.of("actuals", "import", data.toString(), "--plan", plan.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(data + ":2:1: error PDM-A104 unknown organisation \"西县\"");
        assertThat(run.out()).contains("(nothing imported)");
        assertThat(Files.readString(plan, UTF_8)).isEqualTo(PLAN);
        assertThat(dir.resolve("plan.xmi.bak")).doesNotExist();
    }

    @Test
    void partialImportsTheGoodRowsButStillReportsProblems() throws IOException {
        Path data = csv("单位,指标,月份,累计", "西县,FDI,2004-08,10", "东县,FDI,2004-08,10");
        CliRun run = CliRun.of("actuals", "import", data.toString(), "--plan", plan.toString(), "--partial");
        assertThat(run.exitCode()).isEqualTo(4); // partly imported, distinct from 1 (nothing imported)
        assertThat(run.out()).contains("1 added").contains("1 skipped");
        assertThat(Files.readString(plan, UTF_8)).contains("podium:Actual");
    }

    @Test
    void brokenPlanIsReportedWithPositionAndLeftAlone() throws IOException {
        Files.writeString(plan, PLAN.replace("</podium:PlanningFile>", ""), UTF_8);
        Path data = csv("单位,指标,月份,累计", "东县,FDI,2004-08,10");
        CliRun run = CliRun.of("actuals", "import", data.toString(), "--plan", plan.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).matches("(?s)" + java.util.regex.Pattern.quote(plan.toString()) + ":\\d+:\\d+: error PDM-F002 .*");
        assertThat(dir.resolve("plan.xmi.bak")).doesNotExist();
    }

    @Test
    void missingFilesAreUsageErrors() {
        CliRun run = CliRun.of("actuals", "import", dir.resolve("none.csv").toString(), "--plan", plan.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file");
        assertThat(CliRun.of("actuals", "import", "x.csv").exitCode()).isEqualTo(2);
    }

    /** The one backup an import kept of the plan: plan.xmi.before-import-yyyy-MM-ddTHH-mm.bak. */
    private Path importBackup() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.getFileName().toString()
                    .matches("plan\\.xmi\\.before-import-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d\\.bak")).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }
}
