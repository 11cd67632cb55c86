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

/** {@code podium convert} both ways, and its errors on broken input. */
class ConvertCommandTest {

    @TempDir
    Path dir;

    @Test
    void textToXmiAndBackKeepsTheTarget() throws IOException {
        Path text = Files.writeString(dir.resolve("plan.podium"), """
                indicator 实际利用外资 unit 万美元
                org 南阳市 { org 宛城区 }
                target 实际利用外资 南阳市 2004: 确保 2800 力争 3200
                """, UTF_8);
        CliRun toXmi = CliRun.of("convert", text.toString(), "--to", "xmi");
        assertThat(toXmi.exitCode()).as(toXmi.err()).isZero();
        Path xmi = dir.resolve("plan.xmi");
        assertThat(Files.readString(xmi)).contains("2800").contains("3200");

        Files.delete(text);
        CliRun back = CliRun.of("convert", xmi.toString(), "--to", "podium");
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(Files.readString(text)).contains("确保 2800").contains("力争 3200");
    }

    @Test
    void brokenXmiIsReportedWhereTheParserStopped() throws IOException {
        Path xmi = Files.writeString(dir.resolve("broken.xmi"), """
                <?xml version="1.0"?>
                <model:PlanningFile xmlns:model="http://podium/model/1.0">
                  <elements broken
                """, UTF_8);
        CliRun run = CliRun.of("convert", xmi.toString(), "--to", "podium");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(xmi + ":4:1: error PDM-X005 ").doesNotContain("Exception");
        assertThat(dir.resolve("broken.podium")).doesNotExist();
    }
}
