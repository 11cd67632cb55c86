/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.cli.internal.WorkingDirectory;

/** {@code podium format} on the files of issue 15: layout kept, empty and deep files, read-only and leftovers. */
class FormatReliabilityTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsLeftAsItIs() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.podium"), "");
        Path comment = Files.writeString(dir.resolve("comment.podium"), "// only a comment\n");
        CliRun run = CliRun.of("format", empty.toString(), comment.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(empty)).isEmpty();
        assertThat(Files.readString(comment)).isEqualTo("// only a comment\n");
    }

    @Test
    void crlfLineEndingsAndAByteOrderMarkAreKept() throws IOException {
        Path file = Files.write(dir.resolve("windows.podium"),
                "\uFEFFindicator 外资 \"实际利用外资\"   unit 万美元\r\n\r\n\r\n\r\norg 市 { org 甲县 }\r\n".getBytes(UTF_8));
        CliRun run = CliRun.of("format", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(file + ": reformatted\n");
        // by hand: one space after the title, one blank line kept between elements, the block one entry per line
        assertThat(new String(Files.readAllBytes(file), UTF_8)).isEqualTo(
                "\uFEFFindicator 外资 \"实际利用外资\" unit 万美元\r\n\r\norg 市 {\r\n\torg 甲县\r\n}\r\n");
        CliRun again = CliRun.of("format", "--check", file.toString());
        assertThat(again.exitCode()).as(again.out()).isZero();
    }

    @Test
    void blocksNestedThousandsDeepAreRefusedWhereTheLimitIsPassed() throws IOException {
        StringBuilder text = new StringBuilder("org o0");
        for (int i = 1; i <= 3000; i++) {
            text.append(" { org o").append(i);
        }
        text.append(" }".repeat(3000)).append('\n');
        Path file = Files.writeString(dir.resolve("deep.podium"), text);
        // the 101st brace: "org o0" then " { org oN" per level, the brace at column 7 + 10 * 9 + 11 * 91 ...
        int column = text.indexOf("{ org o101") + 1;
        for (String command : new String[] {"validate", "format"}) {
            CliRun run = CliRun.of(command, file.toString());
            assertThat(run.exitCode()).as(command + run.err()).isEqualTo(1);
            assertThat(run.out() + run.err()).as(command).contains(file + ":1:" + column
                    + ": error PDM-X007 blocks nested more than 100 levels deep").doesNotContain("internal error");
        }
        CliRun convert = CliRun.of("convert", file.toString(), "--to", "xmi");
        assertThat(convert.exitCode()).isEqualTo(1);
        assertThat(convert.err()).contains("PDM-X007").doesNotContain("internal error");
        assertThat(Files.readString(file)).isEqualTo(text.toString());
    }

    @Test
    void aHundredLevelsAreRead() throws IOException {
        StringBuilder text = new StringBuilder("indicator 外资 \"实际利用外资\" unit 万美元\norg o0");
        for (int i = 1; i <= 100; i++) {
            text.append(" { org o").append(i);
        }
        text.append(" }".repeat(100)).append("\ntarget 外资 o100 2004: 确保 1\n");
        Path file = Files.writeString(dir.resolve("deep.podium"), text);
        assertThat(CliRun.of("validate", file.toString()).exitCode()).isZero();
        CliRun format = CliRun.of("format", file.toString());
        assertThat(format.exitCode()).as(format.err()).isZero();
        assertThat(Files.readString(file)).contains("\n" + "\t".repeat(100) + "org o100\n");
        assertThat(CliRun.of("validate", file.toString()).exitCode()).isZero();
    }

    @Test
    void aReadOnlyFileIsNotFormattedAndTheMessageSaysWhy() throws IOException {
        Path file = Files.writeString(dir.resolve("plan.podium"), "org   市\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        CliRun run = CliRun.of("format", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        // the file named once, as every command names it: absolute outside the working directory, relative inside
        assertThat(run.err()).isEqualTo(file + " is read-only; nothing was written (make it writable to save it)\n");
        CliRun inside = WorkingDirectory.with(dir, () -> CliRun.of("format", file.toString()));
        assertThat(inside.err()).isEqualTo("plan.podium is read-only; nothing was written (make it writable to save it)\n");
        assertThat(Files.readString(file)).isEqualTo("org   市\n");
    }

    @Test
    void theTemporaryFileOfAKilledFormatIsRemovedAndSaid() throws IOException {
        Path file = Files.writeString(dir.resolve("plan.podium"), "org   市\n");
        Path leftover = Files.writeString(dir.resolve(".plan.podium4242424242.tmp"), "org 市\norg 甲");
        CliRun run = CliRun.of("format", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("podium: removed " + leftover.toAbsolutePath()
                + ", a temporary file left by an interrupted save (a killed process); the file itself was intact\n");
        assertThat(leftover).doesNotExist();
        assertThat(Files.readString(file)).isEqualTo("org 市\n");
    }

    @Test
    void aFileBeyondTheSizeLimitIsRefusedWhereTheLimitIsReached() throws IOException {
        String line = "actual 外资 甲县 2004-08 累计 100\n"; // 40 bytes in UTF-8
        Path file = dir.resolve("huge.podium");
        Files.writeString(file, line.repeat(420_000)); // 16.0 MiB + 22,800 bytes
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        // by hand: 16 MiB = 16,777,216 bytes = 419,430 lines of 40 bytes + 16 bytes, so the limit falls on
        // line 419,431 after "actual 外资 " (14 bytes) and the first byte of 甲: column 1 + 11 characters
        assertThat(run.err()).isEqualTo(file + ":419431:12: error PDM-X006 file of 16800000 bytes; Podium reads"
                + " .podium files of up to 16 MiB (split it into several files of the folder)\n"
                + "podium validate: 1 error, no warnings\n");
    }
}
