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

/** {@code podium format} on text it cannot parse: located problems with their own codes, the file untouched. */
class FormatCommandTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatDoesNotParseIsReportedWithEachProblemsCodeAndLeftAlone() throws IOException {
        String text = "actual 外资 甲县 2004-13 累计 5\nplan\n";
        Path file = Files.writeString(dir.resolve("broken.podium"), text, UTF_8);
        CliRun run = CliRun.of("format", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(file + ":1:14: error PDM-X002 not a valid month: 2004-13")
                .contains(file + ":2:5: error PDM-X001 end of file where a name was expected").doesNotContain("Exception");
        assertThat(Files.readString(file, UTF_8)).isEqualTo(text);
    }
}
