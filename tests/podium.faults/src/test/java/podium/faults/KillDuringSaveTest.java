/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.core.io.AtomicFiles;

/**
 * {@code kill -9} at random points of a save loop in a child JVM, {@value #DEFAULT_RUNS} times (more in the
 * long profile): the file is always one whole save's content, its backup too, and the temporary file a
 * killed save leaves is removed and reported by the next save.
 */
class KillDuringSaveTest {

    static final int DEFAULT_RUNS = 100;
    private static final int RUNS = Integer.getInteger("podium.faults.killRuns", DEFAULT_RUNS);

    @TempDir
    Path dir;

    @Test
    void theFileIsAlwaysWholeAndLeftoversAreCleanedUpAndReported() throws Exception {
        Random random = new Random(Long.getLong("podium.faults.seed", System.nanoTime()));
        byte[] first = SaveLoop.content(0);
        byte[] second = SaveLoop.content(1);
        int leftBehind = 0;
        int[] seen = new int[2];
        for (int run = 0; run < RUNS; run++) {
            Path folder = Files.createDirectory(dir.resolve("run" + run));
            Path file = Files.write(folder.resolve("plan.podium"), first);
            try (Child child = Child.start(SaveLoop.class, file.toString())) {
                Thread.sleep(random.nextInt(400));
                child.kill();
            }
            String at = "run " + run;
            byte[] content = Files.readAllBytes(file);
            assertThat(Arrays.equals(content, first) || Arrays.equals(content, second))
                    .as(at + ": the file is one whole save").isTrue();
            seen[content[0] == 'a' ? 0 : 1]++;
            Path backup = AtomicFiles.backupOf(file);
            if (Files.exists(backup)) {
                byte[] kept = Files.readAllBytes(backup);
                assertThat(Arrays.equals(kept, first) || Arrays.equals(kept, second)).as(at + ": the backup is whole").isTrue();
            }
            List<Path> leftovers = AtomicFiles.leftovers(file);
            List<String> expected = new ArrayList<>(List.of("plan.podium", "plan.podium.bak"));
            leftovers.forEach(l -> expected.add(l.getFileName().toString()));
            assertThat(expected).as(at + ": nothing but the file, its backup and temporary files")
                    .containsAll(Folder.names(folder));
            leftBehind += leftovers.isEmpty() ? 0 : 1;

            List<Path> reported = new ArrayList<>();
            Consumer<Path> listener = reported::add;
            AtomicFiles.addLeftoverListener(listener);
            try {
                AtomicFiles.write(file, "after".getBytes(StandardCharsets.UTF_8));
            } finally {
                AtomicFiles.removeLeftoverListener(listener);
            }
            assertThat(reported).as(at + ": the next save reports what it removed").containsExactlyInAnyOrderElementsOf(leftovers);
            assertThat(Folder.names(folder)).as(at).containsExactly("plan.podium", "plan.podium.bak");
            assertThat(Files.readAllBytes(backup)).as(at + ": the backup is the killed loop's last whole save").isEqualTo(content);
            for (String name : Folder.names(folder)) {
                Files.delete(folder.resolve(name)); // 2 MiB a run: the temporary folder would grow to hundreds
            }
        }
        // the kills must have landed inside saves, and at different saves: else this test proves nothing
        assertThat(leftBehind).as("runs killed in the middle of a save").isPositive();
        assertThat(seen[0]).as("runs ending on the first content").isPositive();
        assertThat(seen[1]).as("runs ending on the second content").isPositive();
        System.out.printf("KillDuringSaveTest: %d runs, %d killed mid-save, %d/%d ending on each content%n", RUNS,
                leftBehind, seen[0], seen[1]);
    }
}
