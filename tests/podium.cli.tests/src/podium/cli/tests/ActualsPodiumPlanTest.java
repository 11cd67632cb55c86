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
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code podium actuals import} into a .podium plan of a copy of the example workspace. */
class ActualsPodiumPlanTest {

    @TempDir
    Path dir;

    private void copyExamples() throws IOException {
        Path examples = Path.of("../../examples").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.list(examples)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".podium")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void importsIntoTheLanguageFileKeepingItsText() throws IOException {
        copyExamples();
        Path plan = dir.resolve("actuals-2004.podium");
        String before = Files.readString(plan, UTF_8);
        Path data = Files.writeString(dir.resolve("9月.csv"), String.join("\n", "单位,指标,月份,累计,上年同期",
                "宛城区,实际利用外资,2004-09,230,180", "卧龙区,实际利用外资,2004-08,252,168", ""), UTF_8);
        CliRun run = CliRun.of("actuals", "import", data.toString(), "--plan", plan.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("2 rows: 1 added, 0 replaced, 1 unchanged");
        String after = Files.readString(plan, UTF_8);
        assertThat(after).contains("// 1-8月累计实际数").contains("actual 实际利用外资 宛城区 2004-09 累计 230 last-year 180")
                .contains("actual 实际利用外资 卧龙区 2004-08 累计 252 last-year 168 source \"市统计局\" reported 2004-09-10");
        assertThat(after.lines().filter(l -> l.startsWith("actual ")).count())
                .isEqualTo(before.lines().filter(l -> l.startsWith("actual ")).count() + 1);
        assertThat(Files.readString(dir.resolve("actuals-2004.podium.bak"), UTF_8)).isEqualTo(before);
        assertThat(importBackup(plan)).hasContent(before);
        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
    }

    @Test
    void theImportsBackupSurvivesTheNextFormat() throws IOException {
        copyExamples();
        Path plan = dir.resolve("actuals-2004.podium");
        String before = Files.readString(plan, UTF_8);
        Path data = Files.writeString(dir.resolve("9月.csv"), String.join("\n", "单位,指标,月份,累计",
                "宛城区,实际利用外资,2004-09,230", ""), UTF_8);
        CliRun run = CliRun.of("actuals", "import", data.toString(), "--plan", plan.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path backup = importBackup(plan);
        assertThat(run.out()).endsWith("\nwrote " + plan.toAbsolutePath() + "; the content before this import is kept in "
                + backup.getFileName() + " (later saves do not replace it; delete it when no longer needed)\n");

        // a layout the formatter changes, so that format really saves (and replaces actuals-2004.podium.bak)
        String unformatted = Files.readString(plan, UTF_8).replace("累计 230", "累计    230");
        Files.writeString(plan, unformatted, UTF_8);
        CliRun format = CliRun.of("format", plan.toString());
        assertThat(format.exitCode()).as(format.out() + format.err()).isZero();
        assertThat(Files.readString(plan, UTF_8)).contains("累计 230");
        assertThat(dir.resolve("actuals-2004.podium.bak")).as("format replaced the one-save backup").hasContent(unformatted);
        assertThat(backup).as("the import's backup is still the plan before the import").hasContent(before);
    }

    /** The one backup an import kept of {@code file}: NAME.before-import-yyyy-MM-ddTHH-mm.bak beside it. */
    private static Path importBackup(Path file) throws IOException {
        String pattern = Pattern.quote(file.getFileName().toString()) + "\\.before-import-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d\\.bak";
        try (Stream<Path> files = Files.list(file.getParent())) {
            List<Path> found = files.filter(p -> p.getFileName().toString().matches(pattern)).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }
}
