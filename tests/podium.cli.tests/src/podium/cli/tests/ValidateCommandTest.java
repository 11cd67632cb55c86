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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code podium validate} runs the same inspections on plan text and on the same model as XMI. */
class ValidateCommandTest {

    private static final String PLAN = """
            plan p "测试计划" period 2004 as-of 2004-08-31 for 南阳市
            indicator 实际利用外资 "实际利用外资" unit 万美元
            indicator 失业率 "城镇登记失业率" unit % ratio average
            org 南阳市 city { org 宛城区 district }
            target 实际利用外资 南阳市 2004: 确保 300 力争 3000
            target 失业率 南阳市 2004: 确保 5 以内 力争 4
            measure "完善项目库" owner 南阳市 due 2004-12-31
            """;

    @TempDir
    Path dir;

    @Test
    void anXmiModelReportsTheSameModelProblemsAsItsText() throws IOException {
        // podium convert refuses a plan with errors: convert it clean, then make the same mistakes in both
        Path xmi = broken(convert(Files.writeString(dir.resolve("plan.podium"), PLAN, UTF_8)));
        Path text = Files.writeString(dir.resolve("plan.podium"), broken(PLAN), UTF_8);
        CliRun fromText = CliRun.of("validate", text.toString());

        CliRun fromXmi = CliRun.of("validate", xmi.toString());

        // PDM-T001 (力争 200 below 确保 300) and PDM-M001 (no owner); the 以内 target is clean
        assertThat(fromText.exitCode()).as(fromText.out()).isEqualTo(1);
        assertThat(fromXmi.exitCode()).as(fromXmi.out()).isEqualTo(1);
        assertThat(codesAndMessages(fromText.err())).contains("error PDM-T001 力争 200 is lower than 确保 300")
                .anyMatch(l -> l.startsWith("warning PDM-M001 "))
                .noneMatch(l -> l.contains("力争 4"));
        assertThat(codesAndMessages(fromXmi.err())).containsExactlyInAnyOrderElementsOf(codesAndMessages(fromText.err()));
    }

    @Test
    void anXmiFindingIsLocatedAtItsElementsLineInTheFile() throws IOException {
        Path xmi = broken(convert(Files.writeString(dir.resolve("plan.podium"), PLAN, UTF_8)));
        List<String> lines = Files.readAllLines(xmi, UTF_8);
        int targetLine = 0;
        for (int i = 0; i < lines.size() && targetLine == 0; i++) {
            if (lines.get(i).contains("Target") && lines.get(i).contains("<elements")) {
                targetLine = i + 1; // the first target, 实际利用外资 确保 300 力争 200
            }
        }
        assertThat(targetLine).as("a target element in\n" + String.join("\n", lines)).isPositive();
        String location = xmi + ":" + targetLine + ":";

        CliRun run = CliRun.of("validate", xmi.toString());

        assertThat(run.err().lines().filter(l -> l.contains(" PDM-T001 "))).singleElement()
                .satisfies(l -> assertThat(l).startsWith(location));
    }

    @Test
    void anUnemploymentRateKeptWithinFiveStrivingForFourIsClean() throws IOException {
        Path text = Files.writeString(dir.resolve("jobs.podium"), """
                indicator 失业率 "城镇登记失业率" unit % ratio average
                org 某市 city
                target 失业率 某市 2004: 确保 5 以内 力争 4
                """, UTF_8);
        CliRun run = CliRun.of("validate", text.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).doesNotContain("PDM-T001");
        CliRun looser = CliRun.of("validate", Files.writeString(text, Files.readString(text, UTF_8)
                .replace("力争 4", "力争 6"), UTF_8).toString());
        assertThat(looser.err()).contains("error PDM-T001 力争 6 is looser than 确保 5");
    }

    /** The plan text with 力争 200 below 确保 300 and the measure's owner left out. */
    private static String broken(String plan) {
        return plan.replace("力争 3000", "力争 200").replace(" owner 南阳市", "");
    }

    /** The XMI model with the same two mistakes as {@link #broken(String)}, edited as text. */
    private static Path broken(Path xmi) throws IOException {
        String model = Files.readString(xmi, UTF_8);
        String edited = model.replace("\"3000\"", "\"200\"").replaceFirst(" owner=\"[^\"]*\"", "");
        assertThat(edited).as(model).isNotEqualTo(model).doesNotContain("\"3000\"").doesNotContainPattern("<elements[^>]*Measure[^>]* owner=");
        return Files.writeString(xmi, edited, UTF_8);
    }

    private Path convert(Path text) throws IOException {
        CliRun run = CliRun.of("convert", text.toString(), "--to", "xmi");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path xmi = dir.resolve("xmi").resolve(text.getFileName().toString().replace(".podium", ".xmi"));
        Files.createDirectories(xmi.getParent());
        return Files.move(text.resolveSibling(xmi.getFileName()), xmi);
    }

    /** The lines of {@code podium validate} without their location: severity, code, message. */
    private static List<String> codesAndMessages(String out) {
        return out.lines().map(l -> l.replaceFirst("^.*?:\\d+:\\d+: ", "")).toList();
    }

    /** Read as root too: a folder named like the file cannot be read as one, whoever runs Podium. */
    @Test
    void anUnreadableSeveritiesFileIsAnErrorThatSaysWhy() throws IOException {
        Files.writeString(dir.resolve("plan.podium"), "plan p \"计划\" period 2004 for 市\norg 市 city\n", UTF_8);
        Files.createDirectory(dir.resolve(".podium-severities"));

        CliRun run = CliRun.of("validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(dir.resolve(".podium-severities")
                + ":1:1: error PDM-X003 cannot read the file: it is a folder\npodium validate: 1 error, no warnings\n");
    }
}
