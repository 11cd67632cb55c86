/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.cli.PodiumCli;
import podium.core.io.AtomicFiles;

/**
 * {@code kill -9} at random points of {@code podium format} run in a loop in a child JVM on a large file:
 * the file is always either the unformatted or the formatted text, and the next {@code podium format}
 * removes the temporary file the killed one left and says so.
 */
class KillDuringFormatTest {

    private static final int RUNS = Integer.getInteger("podium.faults.formatKillRuns", 5);

    @TempDir
    Path dir;

    @Test
    void theFileIsEitherTheOldOrTheFormattedTextAndTheNextRunCleansUp() throws Exception {
        Random random = new Random(Long.getLong("podium.faults.seed", System.nanoTime()));
        // the example actuals, repeated under other months and laid out badly: a file that takes a while to save
        String actuals = Files.readString(Path.of(System.getProperty("podium.faults.examples"), "actuals-2004.podium"));
        StringBuilder text = new StringBuilder("namespace 南阳\n");
        for (int year = 1990; year < 2004; year++) {
            for (String line : actuals.lines().filter(l -> l.startsWith("actual ")).toList()) {
                text.append(line.replace("2004-", year + "-").replace(" ", "   ")).append('\n');
            }
        }
        Path unformatted = Files.writeString(dir.resolve("unformatted.txt"), text, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(unformatted);
        Path reference = Files.write(dir.resolve("reference.podium"), before);
        assertThat(format(reference).code()).isZero();
        byte[] formatted = Files.readAllBytes(reference);
        assertThat(formatted).isNotEqualTo(before);

        int leftBehind = 0;
        for (int run = 0; run < RUNS; run++) {
            Path folder = Files.createDirectory(dir.resolve("run" + run));
            Path file = Files.write(folder.resolve("actuals.podium"), before);
            try (Child child = Child.start(FormatLoop.class, file.toString(), unformatted.toString())) {
                Thread.sleep(random.nextInt(1500));
                child.kill();
            }
            byte[] content = Files.readAllBytes(file);
            assertThat(Arrays.equals(content, before) || Arrays.equals(content, formatted))
                    .as("run " + run + ": the old or the formatted text, whole").isTrue();
            List<Path> leftovers = AtomicFiles.leftovers(file);
            leftBehind += leftovers.isEmpty() ? 0 : 1;

            Files.write(file, before);
            Result next = format(file);
            assertThat(next.code()).as(next.err()).isZero();
            for (Path leftover : leftovers) {
                assertThat(next.err()).contains("removed " + leftover, "interrupted save");
            }
            assertThat(Folder.names(folder)).as("run " + run).containsExactly("actuals.podium", "actuals.podium.bak");
            assertThat(Files.readAllBytes(file)).isEqualTo(formatted);
        }
        System.out.printf("KillDuringFormatTest: %d runs, %d killed mid-save%n", RUNS, leftBehind);
    }

    record Result(int code, String err) {
    }

    static Result format(Path file) {
        StringWriter err = new StringWriter();
        int code = PodiumCli.run(new String[] {"format", file.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        return new Result(code, err.toString());
    }
}
