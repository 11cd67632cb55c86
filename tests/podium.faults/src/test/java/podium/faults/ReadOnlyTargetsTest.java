/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.faults;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.cli.PodiumCli;

/**
 * Every {@code podium} command that writes, on a read-only file and in a read-only folder: it exits 1,
 * says that the file or folder is read-only and that nothing was written, and leaves the folder as it
 * was (content, mode, no temporary file).
 */
class ReadOnlyTargetsTest {

    @TempDir
    Path dir;

    private Path examples;

    @BeforeEach
    void copyExamples() throws IOException {
        examples = Files.createDirectory(dir.resolve("examples"));
        Path source = Path.of(System.getProperty("podium.faults.examples"));
        for (String name : List.of("orgs.podium", "plan.podium", "actuals-2004.podium")) {
            String text = Files.readString(source.resolve(name), UTF_8);
            // badly laid out, so that format has something to write
            Files.writeString(examples.resolve(name), name.equals("plan.podium") ? text.replace("\t", "        ") : text, UTF_8);
        }
        Files.writeString(dir.resolve("9月.csv"), "单位,指标,月份,累计\n宛城区,实际利用外资,2004-09,230\n", UTF_8);
    }

    @AfterEach
    void makeWritableAgain() throws IOException {
        // @TempDir must be able to delete what the tests made read-only
        Files.setPosixFilePermissions(examples, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void formatRefusesAReadOnlyFile() throws IOException {
        Path plan = readOnly(examples.resolve("plan.podium"));
        expectRefused(List.of("format", plan.toString()), plan + " is read-only; nothing was written");
    }

    @Test
    void formatRefusesAFileInAReadOnlyFolder() throws IOException {
        Path plan = examples.resolve("plan.podium");
        readOnly(examples);
        expectRefused(List.of("format", plan.toString()), "the folder " + examples + " is read-only");
    }

    @Test
    void convertRefusesAReadOnlyOutputAndAReadOnlyFolder() throws IOException {
        Path xmi = readOnly(Files.writeString(examples.resolve("orgs.xmi"), "<old/>"));
        expectRefused(List.of("convert", examples.resolve("orgs.podium").toString(), "--to", "xmi"), xmi + " is read-only");
        Files.setPosixFilePermissions(xmi, PosixFilePermissions.fromString("rw-r--r--"));
        Files.delete(xmi);
        readOnly(examples);
        expectRefused(List.of("convert", examples.resolve("orgs.podium").toString(), "--to", "xmi"),
                "the folder " + examples + " is read-only");
    }

    @Test
    void actualsImportRefusesAReadOnlyPlan() throws IOException {
        Path actuals = readOnly(examples.resolve("actuals-2004.podium"));
        expectRefused(List.of("actuals", "import", dir.resolve("9月.csv").toString(), "--plan", actuals.toString()),
                actuals + " is read-only");
    }

    private static Path readOnly(Path path) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
        return path;
    }

    /** Runs the command, expecting exit 1, {@code message} on stderr, and the examples folder exactly as it was. */
    private void expectRefused(List<String> args, String message) throws IOException {
        Snapshot before = Snapshot.of(examples);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PodiumCli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(out + "\n" + err).isEqualTo(1);
        assertThat(err.toString()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Snapshot.of(examples)).isEqualTo(before);
    }

    /** The names, contents and modes of a folder's files. */
    private record Snapshot(List<String> entries) {
        static Snapshot of(Path folder) throws IOException {
            List<String> entries = new java.util.ArrayList<>();
            for (String name : Folder.names(folder)) {
                Path file = folder.resolve(name);
                entries.add(name + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(file)) + " "
                        + Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(file))));
            }
            entries.add(". " + PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
            return new Snapshot(entries);
        }
    }
}
