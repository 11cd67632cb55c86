/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import podium.testing.PluginJars;

/**
 * {@code podium report} on the example workspace with the built-in reports and formats: stdout,
 * stderr, exit codes and files. Expected figures come from examples/: 南阳市's 实际利用外资 to August is
 * the sum of its 14 units (201 + 252 + 85 + 100 + 201 + 158 + 146 + 137 + 65 + 154 + 150 + 0 + 145 + 96
 * = 1890 万美元) against 确保 2800: 67.50 %; 宛城区 201 of 320: 62.81 %; 序时进度 8/12 = 66.67 %.
 */
class ReportCommandTest {

    private static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private static CliRun report(String... args) {
        return CliRun.of(Stream.concat(Stream.of("report"), Stream.of(args)).toArray(String[]::new));
    }

    @Test
    void listShowsEachReportWithItsChineseAndEnglishName() {
        CliRun run = report("--list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().map(l -> l.replaceAll(" +", " ")).toList()).containsExactlyInAnyOrder(
                "progress 目标进度 Progress against targets", "ranking 排名 Rankings", "zero-progress 零进度 Zero progress",
                "pipeline 项目推进 Project pipeline", "measures 措施督办 Measures under supervision",
                "speech-check 讲话数字核对 Speech figures check", "bulletin 月度通报 Monthly bulletin");
    }

    @Test
    void listNamesThePluginWhoseExportFormatWasSkipped() throws Exception {
        String pluginXml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?eclipse version="3.4"?>
                <plugin>
                   <extension point="podium.reports.exporters">
                      <exporter format="CSV" extension="csv" name="另一个逗号分隔" class="podium.cli.tests.NoSuchExporter"/>
                   </extension>
                </plugin>
                """;
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        Bundle plugin = context.installBundle("memory:duplicate-format", new ByteArrayInputStream(
                PluginJars.withPluginXml("podium.cli.tests.duplicate", "重复格式插件", "org.osgi.framework", pluginXml)));
        try {
            plugin.start();
            CliRun run = awaitProblem(() -> report("--list"), "podium.cli.tests.duplicate");
            assertThat(run.exitCode()).isZero();
            assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("podium report: export format \"csv\" of plugin 重复格式插件 (podium.cli.tests.duplicate) skipped"));
            assertThat(run.out().lines()).hasSize(7);
        } finally {
            plugin.uninstall();
        }
        assertThat(awaitProblem(() -> report("--list"), null).err()).isEmpty();
    }

    /** The run once the extension registry has caught up with the installed or uninstalled plugin. */
    private static CliRun awaitProblem(Supplier<CliRun> command, String expected) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        CliRun run = command.get();
        while ((expected == null ? !run.err().isEmpty() : !run.err().contains(expected)) && System.nanoTime() < end) {
            Thread.sleep(50);
            run = command.get();
        }
        return run;
    }

    @Test
    void aReportGoesToStdoutAsTextByDefault() {
        CliRun run = report("progress", "--plan", EXAMPLES.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("南阳市").contains("67.50%").contains("62.81%").contains("66.67%");
    }

    @Test
    void organisationAndIndicatorNarrowTheReport() {
        CliRun run = report("progress", "--plan", EXAMPLES.toString(), "--org", "宛城区", "--indicator", "实际利用外资",
                "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> rows = run.out().lines().filter(l -> l.contains("宛城区")).toList();
        assertThat(rows).singleElement().satisfies(r -> assertThat(r).contains("实际利用外资").contains("320").contains("201"));
        assertThat(run.out()).doesNotContain("卧龙区").doesNotContain("外贸出口");
    }

    @Test
    void aFileFormatIsWrittenAtomicallyToOutAndTakenFromItsExtension() throws IOException {
        Path out = dir.resolve("进度.xlsx");
        CliRun run = report("progress", "--plan", EXAMPLES.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("podium report: wrote " + out + "\n");
        byte[] bytes = Files.readAllBytes(out);
        assertThat(new String(bytes, 0, 2, UTF_8)).isEqualTo("PK");
        assertThat(dir.toFile().list()).containsExactly("进度.xlsx");
    }

    @Test
    void usageErrorsSayWhatIsWrongAndExitWithTwo() {
        assertThat(report("nosuch", "--plan", EXAMPLES.toString()))
                .satisfies(r -> assertThat(r.exitCode()).isEqualTo(2))
                .satisfies(r -> assertThat(r.err()).isEqualTo(
                        "podium report: no report 'nosuch'; 'podium report --list' shows them\n"));
        assertThat(report("progress", "--plan", EXAMPLES.toString(), "--org", "南县").err())
                .isEqualTo("podium report: no organisation is named \"南县\" (name, title or alias)\n");
        assertThat(report("progress", "--plan", EXAMPLES.toString(), "--as-of", "2004-13").err())
                .isEqualTo("podium report: not a month: \"2004-13\" (write 2004-08)\n");
        assertThat(report("pipeline", "--plan", EXAMPLES.toString(), "--option", "stalledMonths=三").err())
                .isEqualTo("podium report: option stalledMonths needs a whole number of 0 or more, not \"三\"\n");
        CliRun binary = report("progress", "--plan", EXAMPLES.toString(), "--format", "xlsx");
        assertThat(binary.exitCode()).isEqualTo(2);
        assertThat(binary.err()).isEqualTo("podium report: xlsx is not text; give --out FILE\n");
        assertThat(report("progress").err()).isEqualTo("podium report: give a report id and --plan FILE|DIR, or --list\n");
        CliRun empty = report("progress", "--plan", dir.toString());
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("podium report: no .podium or .xmi file in " + dir + " or its subfolders\n");
    }

    @Test
    void exportOptionsReachTheFormat() {
        Path out = dir.resolve("进度.pdf");
        CliRun run = report("progress", "--plan", EXAMPLES.toString(), "--out", out.toString(),
                "--export-option", "font=" + dir.resolve("no-such-font.ttc"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no-such-font.ttc");
        assertThat(out).doesNotExist();
    }

    @Test
    void aReadOnlyTargetIsRefusedAndKept() throws IOException {
        Path out = Files.writeString(dir.resolve("old.csv"), "keep", UTF_8);
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
        CliRun run = report("progress", "--plan", EXAMPLES.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("podium report: cannot export to " + out + ": the file is read-only (nothing was written)\n");
        assertThat(Files.readString(out, UTF_8)).isEqualTo("keep");
    }

    @Test
    void aPlanWithErrorsIsReportedFirstAndTheReportStillRunsWhereItCan() throws IOException {
        Path workspace = Files.createDirectory(dir.resolve("ws"));
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".podium")).toList()) {
                Files.copy(file, workspace.resolve(file.getFileName()));
            }
        }
        // a target for an organisation that does not exist: one linking error, the rest of the plan is fine
        Files.writeString(workspace.resolve("extra.podium"), "import 南阳.*\n\ntarget 实际利用外资 南县 2004: 确保 100\n", UTF_8);
        CliRun run = report("progress", "--plan", workspace.toString(), "--format", "csv");
        assertThat(run.exitCode()).isEqualTo(1);
        List<String> err = run.err().lines().toList();
        assertThat(err.get(0)).startsWith(workspace.resolve("extra.podium") + ":3:").contains(" error ");
        assertThat(err).last().isEqualTo("podium report: the plan has 1 error; the report left out what they affect");
        assertThat(run.out()).contains("南阳市").contains("宛城区");
    }
}
