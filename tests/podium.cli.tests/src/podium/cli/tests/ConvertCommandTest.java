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

    private void writeWorkspace() throws IOException {
        Files.writeString(dir.resolve("orgs.podium"), """
                indicator 外资 "实际利用外资" unit 万美元

                org 南阳市 city {
                \torg 宛城区 district
                \torg 卧龙区 district
                }
                """, UTF_8);
        Files.writeString(dir.resolve("plan.podium"), """
                /** 2004年目标 */
                plan p2004 "2004年计划" period 2004 for 南阳市

                // 宛城区的任务
                target 外资 宛城区 2004: 确保 300 力争 320
                """, UTF_8);
    }

    @Test
    void xmiToPodiumNeverReplacesTheTextItCameFromByDefault() throws IOException {
        writeWorkspace();
        Path plan = dir.resolve("plan.podium");
        String text = Files.readString(plan);
        assertThat(CliRun.of("convert", plan.toString(), "--to", "xmi").exitCode()).isZero();
        CliRun back = CliRun.of("convert", dir.resolve("plan.xmi").toString(), "--to", "podium");
        assertThat(back.exitCode()).isEqualTo(1);
        assertThat(back.err()).isEqualTo("podium convert: " + plan + " exists and may hold comments and a layout that"
                + " the XMI model does not; nothing written. Give -o NEW.podium, or --overwrite to replace it (kept as"
                + " plan.podium.bak)\n");
        assertThat(Files.readString(plan)).isEqualTo(text);
        CliRun overwrite = CliRun.of("convert", dir.resolve("plan.xmi").toString(), "--to", "podium", "--overwrite");
        assertThat(overwrite.exitCode()).as(overwrite.err()).isZero();
        assertThat(Files.readString(dir.resolve("plan.podium.bak"))).isEqualTo(text);
    }

    @Test
    void toXmiSaysWhichCommentsAndBlankLinesItCannotKeep() throws IOException {
        writeWorkspace();
        CliRun run = CliRun.of("convert", dir.resolve("plan.podium").toString(), "--to", "xmi");
        assertThat(run.exitCode()).isZero();
        // by hand: /** 2004年目标 */ and // 宛城区的任务, one blank line
        assertThat(run.err()).isEqualTo("podium convert: XMI holds no comments or blank lines: 2 comments (1 of"
                + " them documentation) and 1 blank line of " + dir.resolve("plan.podium") + " are not in "
                + dir.resolve("plan.xmi") + "; keep " + dir.resolve("plan.podium") + " as the source\n");
    }

    @Test
    void linksIntoOtherFilesNameTheirElementsAndSurviveChangesThere() throws IOException {
        writeWorkspace();
        assertThat(CliRun.of("convert", dir.resolve("plan.podium").toString(), "--to", "xmi").exitCode()).isZero();
        String xmi = Files.readString(dir.resolve("plan.xmi"));
        assertThat(xmi).contains("href=\"orgs.podium#Organisation:宛城区\"").doesNotContain("@children");
        // a new district before 宛城区 moves it to another position of orgs.podium
        Files.writeString(dir.resolve("orgs.podium"), Files.readString(dir.resolve("orgs.podium"))
                .replace("\torg 宛城区", "\torg 高新区 zone\n\torg 宛城区"));
        CliRun back = CliRun.of("convert", dir.resolve("plan.xmi").toString(), "--to", "podium", "-o",
                dir.resolve("back.podium").toString());
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(Files.readString(dir.resolve("back.podium"))).contains("target 外资 宛城区 2004: 确保 300 力争 320");
    }

    @Test
    void convertingIntoAnotherFolderWorksAndAMovedModelSaysWhereItsLinksLead() throws IOException {
        writeWorkspace();
        Path out = Files.createDirectory(dir.resolve("out"));
        CliRun toXmi = CliRun.of("convert", dir.resolve("plan.podium").toString(), "--to", "xmi", "-o",
                out.resolve("plan.xmi").toString());
        assertThat(toXmi.exitCode()).as(toXmi.err()).isZero();
        assertThat(Files.readString(out.resolve("plan.xmi"))).contains("href=\"../orgs.podium#Organisation:南阳市\"");
        CliRun back = CliRun.of("convert", out.resolve("plan.xmi").toString(), "--to", "podium");
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(Files.readString(out.resolve("plan.podium"))).contains("plan p2004 \"2004年计划\" period 2004 for 南阳市");

        Files.copy(out.resolve("plan.xmi"), Files.createDirectory(dir.resolve("moved")).resolve("plan.xmi"));
        Files.move(dir.resolve("orgs.podium"), dir.resolve("orgs-renamed.podium"));
        Path moved = dir.resolve("moved/plan.xmi");
        CliRun lost = CliRun.of("convert", moved.toString(), "--to", "podium");
        assertThat(lost.exitCode()).isEqualTo(1);
        assertThat(lost.err()).contains(moved + ":").contains(" error PDM-X005 the link ../orgs.podium#Organisation:")
                .contains(dir.resolve("orgs.podium") + " does not exist").doesNotContain("Scope").doesNotContain("Exception");
        assertThat(dir.resolve("moved/plan.podium")).doesNotExist();
    }

    @Test
    void aReadOnlyFolderIsAClearProblemNotACrash() throws IOException {
        writeWorkspace();
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliRun run = CliRun.of("convert", dir.resolve("plan.podium").toString(), "--to", "xmi", "-o",
                    locked.resolve("plan.xmi").toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).isEqualTo(locked.resolve("plan.xmi") + ":0:0: error PDM-F005 cannot write: the folder "
                    + locked + " is read-only; " + locked.resolve("plan.xmi") + " was not written (nothing written)\n");
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFullDiskIsAClearProblemNotACrash() throws Exception {
        writeWorkspace();
        Path disk = Files.createDirectory(dir.resolve("disk"));
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "mounting needs root");
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4k", "tmpfs", disk.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mount.waitFor() == 0, "cannot mount a tmpfs here");
        try {
            Files.write(disk.resolve("filler"), new byte[4096 - 100]);
            CliRun run = CliRun.of("convert", dir.resolve("plan.podium").toString(), "--to", "xmi", "-o",
                    disk.resolve("plan.xmi").toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).isEqualTo(disk.resolve("plan.xmi")
                    + ":0:0: error PDM-F005 cannot write: the disk is full (nothing written)\n");
            try (var files = Files.list(disk)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("filler");
            }
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor();
        }
    }
}
