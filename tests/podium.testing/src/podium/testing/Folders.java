/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Copies of folders for tests that must not change the originals (examples/). */
public final class Folders {

    private Folders() {
    }

    /** Copies {@code from} with everything below it to {@code to}. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.sorted(Comparator.naturalOrder()).forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A copy of the example workspace (system property podium.examples, else ../../examples) in a new temporary folder. */
    public static Path examplesCopy(String prefix) throws IOException {
        Path copy = Files.createTempDirectory(prefix).resolve("examples");
        copy(Path.of(System.getProperty("podium.examples", "../../examples")), copy);
        return copy.toRealPath();
    }
}
