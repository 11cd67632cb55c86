/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PodiumCliTest {

    @Test
    void versionGoesToStdoutWithExitZero() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Podium 0.1.0");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpListsExitCodes() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: podium").contains("Exit codes: 0 ok, 1 problems");
    }

    @Test
    void unknownSubcommandIsAUsageErrorOnStderr() {
        CliRun run = CliRun.of("frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("frobnicate").contains("--help").doesNotContain("Exception");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("--no-such-option");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--no-such-option");
    }

    @ParameterizedTest
    @ValueSource(strings = { "validate", "format" })
    void aMissingFileOrFolderIsAUsageErrorNamingIt(String command) {
        CliRun run = CliRun.of(command, "no-such-folder/plan.podium");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("podium " + command + ": no such file or folder: no-such-folder/plan.podium");
    }
}
