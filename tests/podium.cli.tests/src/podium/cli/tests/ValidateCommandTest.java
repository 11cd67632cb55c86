/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code podium validate} runs the inspection catalogue. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void anUnemploymentRateKeptWithinFiveStrivingForFourIsClean() throws IOException {
        Path text = Files.writeString(dir.resolve("jobs.podium"), """
                indicator 失业率 "城镇登记失业率" unit % ratio average
                org 某市 city
                target 失业率 某市 2004: 确保 5 以内 力争 4
                """, UTF_8);
        CliRun run = CliRun.of("validate", text.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).doesNotContain("PDM-T001");
        CliRun looser = CliRun.of("validate", Files.writeString(text, Files.readString(text, UTF_8)
                .replace("力争 4", "力争 6"), UTF_8).toString());
        assertThat(looser.out()).contains("error PDM-T001 力争 6 is looser than 确保 5");
    }
}
