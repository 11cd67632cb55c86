/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organisation renamed where it is declared breaks every line that uses it: {@code podium validate}
 * says so once, at the first use, with the number of other uses and the names it is close to.
 */
class ValidateGroupingTest {

    @TempDir
    Path dir;

    @BeforeEach
    void workspace() throws IOException {
        // 宛城区 was renamed 宛成区 in base.podium; a.podium and b.podium still use the old name, 卧龙 is a slip
        write("base.podium", """
                plan p "基准" period 2004 as-of 2004-12-31 for 南阳市
                indicator 外资 "实际利用外资" unit 万美元
                org 南阳市 city { org 宛成区 district org 卧龙区 district }
                """);
        write("a.podium", """
                actual 外资 宛城区 2004-01 累计 10
                actual 外资 宛城区 2004-02 累计 20
                actual 外资 卧龙 2004-01 累计 5
                actual 外资 卧龙 2004-02 累计 6
                """);
        write("b.podium", """
                actual 外资 宛城区 2004-03 累计 30
                """);
    }

    @Test
    void theUsesOfOneUnknownNameAreOneErrorAtTheFirstUse() {
        CliRun run = CliRun.of("validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        // "actual 外资 " is ten characters: the name starts in column 11
        assertThat(run.err()).isEqualTo(dir.resolve("a.podium") + ":1:11: error PDM-L001 unknown organisation '宛城区';"
                + " did you mean '宛成区'? (and 2 more uses in 2 files)\n"
                + dir.resolve("a.podium") + ":3:11: error PDM-L001 unknown organisation '卧龙'; did you mean '卧龙区'?"
                + " (and 1 more use in this file)\n"
                + "podium validate: 2 errors, no warnings\n");
    }

    @Test
    void everyUseGetsItsLineWhenAskedFor() {
        CliRun run = CliRun.of("validate", "--every-use", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        String renamed = " error PDM-L001 unknown organisation '宛城区'; did you mean '宛成区'?\n";
        String slip = " error PDM-L001 unknown organisation '卧龙'; did you mean '卧龙区'?\n";
        assertThat(run.err()).isEqualTo(dir.resolve("a.podium") + ":1:11:" + renamed
                + dir.resolve("a.podium") + ":2:11:" + renamed
                + dir.resolve("a.podium") + ":3:11:" + slip
                + dir.resolve("a.podium") + ":4:11:" + slip
                + dir.resolve("b.podium") + ":1:11:" + renamed
                + "podium validate: 5 errors, no warnings\n");
    }

    @Test
    void aCleanWorkspacePrintsNothing() throws IOException {
        write("base.podium", Files.readString(dir.resolve("base.podium"), UTF_8).replace("宛成区", "宛城区")
                .replace("卧龙区", "卧龙"));
        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, UTF_8);
    }
}
