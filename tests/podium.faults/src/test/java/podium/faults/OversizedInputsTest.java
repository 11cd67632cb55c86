/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.faults;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.cli.PodiumCli;
import podium.core.Limits;

/**
 * Inputs beyond the documented limits of {@link Limits} (docs/reliability.md) are refused by the commands
 * with a located problem and exit 1, before they are read: no memory error, no stack overflow, no stack
 * trace. The files are generated here (sparse where only the size matters), never checked in.
 */
class OversizedInputsTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run podium(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PodiumCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** A file of {@code size} bytes: {@code head} then blank lines up to the limit, then zeros (sparse). */
    private Path file(String name, String head, long size) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(head.getBytes(UTF_8));
            raf.setLength(size);
        }
        return file;
    }

    @Test
    void validateRefusesA50MegabyteFileWhereTheLimitIsReached() throws IOException {
        // 1000 lines of text, then the rest: the limit is reached past them, on the last line
        Path big = file("big.podium", "// 注释\n".repeat(1000), 50L << 20);
        Run run = podium("validate", big.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err() + run.out()).contains(big + ":1001:" + (Limits.PODIUM_FILE_BYTES - 1000 * "// 注释\n".getBytes(UTF_8).length + 1)
                + ": error PDM-X006 file of 52428800 bytes; Podium reads .podium files of up to 16 MiB")
                .doesNotContain("Exception");
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() throws IOException {
        StringBuilder text = new StringBuilder("namespace 南阳\n");
        while (text.length() < Limits.PODIUM_FILE_BYTES - 100) {
            text.append("// ").append("填充".repeat(40)).append('\n');
        }
        byte[] bytes = text.toString().getBytes(UTF_8);
        Path file = Files.write(dir.resolve("limit.podium"), java.util.Arrays.copyOf(bytes, (int) Limits.PODIUM_FILE_BYTES));
        Run run = podium("validate", file.toString());
        assertThat(run.err() + run.out()).doesNotContain("PDM-X006");
    }

    @Test
    void validateRefusesAWorkspaceBeyondItsLimitNamingTheFirstFileNotRead() throws IOException {
        for (int i = 1; i <= 3; i++) {
            file("part" + i + ".podium", "namespace 南阳\n", Limits.WORKSPACE_BYTES / 3 + 1024);
        }
        Run run = podium("validate", dir.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err() + run.out()).contains(dir.resolve("part3.podium") + ":1:1: error PDM-X006 not read:");
    }

    @Test
    void nestingBeyondTheLimitIsRefusedAtTheFirstBraceTooDeep() throws IOException {
        StringBuilder text = new StringBuilder("namespace 深\n");
        for (int i = 0; i < 5000; i++) {
            text.append("org o").append(i).append(" \"单位\" district {\n");
        }
        text.append("}\n".repeat(5000));
        Path deep = Files.writeString(dir.resolve("deep.podium"), text, UTF_8);
        for (String command : new String[] {"validate", "format"}) {
            Run run = podium(command, deep.toString());
            assertThat(run.code()).as(command).isEqualTo(1);
            assertThat(run.err() + run.out()).as(command).contains(deep + ":" + (Limits.NESTING_DEPTH + 2) + ":")
                    .contains("PDM-X007").doesNotContain("Exception");
        }
    }

    @Test
    void importRefusesASpeechBeyondItsLimitBeforeReadingIt() throws IOException {
        Path speech = file("speech.txt", "在全市利用外资工作会议上的讲话\n", 50L << 20);
        Run run = podium("import", speech.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err() + run.out()).contains(speech + ":2:").contains("too-large")
                .contains("a speech file of 52428800 bytes; Podium imports speeches of up to 4 MiB")
                .doesNotContain("Exception");
    }

    @Test
    void actualsImportRefusesADataFileBeyondItsLimit() throws IOException {
        Path csv = file("data.csv", "单位,指标,月份,累计\n", Limits.DATA_FILE_BYTES + 1);
        Path plan = Files.writeString(dir.resolve("plan.podium"), "namespace 南阳\n", UTF_8);
        Run run = podium("actuals", "import", csv.toString(), "--plan", plan.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err() + run.out()).contains(csv + ":2:").contains("PDM-A101")
                .contains("file of " + (Limits.DATA_FILE_BYTES + 1) + " bytes; Podium imports data files of up to 64 MiB");
    }
}
