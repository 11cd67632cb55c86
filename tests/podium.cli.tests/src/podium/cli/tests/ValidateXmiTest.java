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

/** {@code podium validate model.xmi}: read, checked like its text, its reading problems reported, never a crash. */
class ValidateXmiTest {

    @TempDir
    Path dir;

    @Test
    void anXmiModelIsCheckedAsItsTextIs() throws IOException {
        Path text = Files.writeString(dir.resolve("plan.podium"), "indicator 外资 \"实际利用外资\" unit 万美元\n", UTF_8);
        assertThat(CliRun.of("convert", text.toString(), "--to", "xmi").exitCode()).isZero();
        Path xmi = dir.resolve("plan.xmi");
        CliRun ofText = CliRun.of("validate", text.toString());
        Files.delete(text);
        CliRun run = CliRun.of("validate", xmi.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ofText.exitCode());
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(ofText.err().replace(text.toString(), xmi.toString()));
    }

    @Test
    void aBrokenXmiModelIsAProblemWithItsLine() throws IOException {
        Path xmi = Files.writeString(dir.resolve("broken.xmi"), "<?xml version=\"1.0\"?>\n<model:PlanningFile\n", UTF_8);
        CliRun run = CliRun.of("validate", xmi.toString(), dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(xmi + ":3:1: error PDM-F002 ").doesNotContain("ClassCastException");
    }
}
