/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.tests.launch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.cli.internal.launch.ResultCache;
import podium.cli.internal.launch.ResultCache.Result;
import podium.cli.internal.launch.RunKey;

/** The kept results: returned only whole, for their own key, from the user's private folder. */
class ResultCacheTest {

    private static final RunKey KEY = new RunKey("slot1", "key-a");
    private static final Result RESULT = new Result(1, "a.podium:1:1: error PDM-L001 未找到\n".getBytes(UTF_8),
            "podium: note\n".getBytes(UTF_8));

    @TempDir
    Path dir;

    @Test
    void aKeptResultComesBackAsWritten() {
        ResultCache cache = new ResultCache(dir.resolve("results"));
        cache.put(KEY, RESULT);

        Result back = cache.get(KEY).orElseThrow();

        assertThat(back.exitCode()).isEqualTo(1);
        assertThat(new String(back.out(), UTF_8)).isEqualTo("a.podium:1:1: error PDM-L001 未找到\n");
        assertThat(new String(back.err(), UTF_8)).isEqualTo("podium: note\n");
    }

    @Test
    void theFolderIsPrivateToTheUser() throws IOException {
        ResultCache cache = new ResultCache(dir.resolve("results"));
        cache.put(KEY, RESULT);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("results")))).isEqualTo("rwx------");
    }

    @Test
    void aResultForOtherInputInTheSameSlotIsNotUsed() {
        ResultCache cache = new ResultCache(dir.resolve("results"));
        cache.put(KEY, RESULT);

        assertThat(cache.get(new RunKey("slot1", "key-b"))).isEmpty();
    }

    @Test
    void aDamagedFileIsIgnoredAndTheNextRunWritesItAgain() throws IOException {
        ResultCache cache = new ResultCache(dir.resolve("results"));
        cache.put(KEY, RESULT);
        Path file = onlyFile(dir.resolve("results"));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1; // one bit of the kept output flipped
        Files.write(file, bytes);

        assertThat(cache.get(KEY)).isEmpty();
        cache.put(KEY, RESULT);
        assertThat(cache.get(KEY)).isPresent();
    }

    @Test
    void aTruncatedOrForeignFileIsIgnored() throws IOException {
        ResultCache cache = new ResultCache(dir.resolve("results"));
        cache.put(KEY, RESULT);
        Path file = onlyFile(dir.resolve("results"));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 10));
        assertThat(cache.get(KEY)).isEmpty();

        Files.writeString(file, "podium-result-1\nkey-a\n0\n0\n0\n"); // the right header, no checksum
        assertThat(cache.get(KEY)).isEmpty();

        Files.writeString(file, "\u0000\u0001binary\n");
        assertThat(cache.get(KEY)).isEmpty();
    }

    @Test
    void aFolderOthersCanReadOrWriteIsNeitherReadNorWritten() throws IOException {
        Path folder = dir.resolve("results");
        ResultCache cache = new ResultCache(folder);
        cache.put(KEY, RESULT);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThat(cache.get(KEY)).isEmpty();
        Files.delete(onlyFile(folder));
        cache.put(KEY, RESULT);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    private static Path onlyFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.reduce((a, b) -> {
                throw new AssertionError("more than one file: " + a + ", " + b);
            }).orElseThrow();
        }
    }
}
