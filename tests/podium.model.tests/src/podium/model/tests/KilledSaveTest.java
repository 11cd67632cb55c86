/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.core.io.AtomicFiles;
import podium.model.PlanningFile;
import podium.model.persistence.LoadResult;
import podium.model.persistence.ModelStore;

/** Kills a separate JVM in the middle of a save and checks that file and backup survive intact. */
class KilledSaveTest {

    @TempDir
    Path dir;

    @Test
    void processKilledMidWriteLeavesFileAndBackupIntact() throws Exception {
        Path file = dir.resolve("plan.xmi");
        save("first", file);
        save("second", file);
        String second = Files.readString(file, UTF_8);
        String first = Files.readString(AtomicFiles.backupOf(file), UTF_8);

        Path marker = dir.resolve("marker");
        Process child = new ProcessBuilder(javaExecutable(), "-cp", classPath(), SlowSaver.class.getName(),
                file.toString(), marker.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            waitFor(marker, child);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).isNotZero();
        assertThat(Files.readString(file, UTF_8)).isEqualTo(second);
        assertThat(Files.readString(AtomicFiles.backupOf(file), UTF_8)).isEqualTo(first);
        LoadResult reloaded = ModelStore.load(ModelStore.newResourceSet(), file);
        assertThat(reloaded.ok()).isTrue();
        assertThat(ModelStore.root(reloaded.resource(), PlanningFile.class).getName()).isEqualTo("second");
    }

    private static void save(String name, Path file) throws IOException {
        Resource resource = ModelStore.newResourceSet().createResource(URI.createFileURI(file.toString()));
        PlanningFile root = Samples.city();
        root.setName(name);
        resource.getContents().add(root);
        ModelStore.save(resource);
    }

    private void waitFor(Path marker, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(marker)) {
            if (!child.isAlive()) {
                throw new AssertionError("child ended before writing: " + Files.readString(dir.resolve("child.log")));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("child did not start writing within 60 s");
            }
            Thread.sleep(20);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The class path of the child: wherever the classes it needs were loaded from. */
    private static String classPath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        List<Class<?>> needed = new ArrayList<>(List.of(SlowSaver.class, ModelStore.class, AtomicFiles.class,
                org.eclipse.emf.ecore.EObject.class, org.eclipse.emf.common.util.URI.class,
                org.eclipse.emf.ecore.xmi.XMIResource.class));
        for (Class<?> type : needed) {
            var source = type.getProtectionDomain().getCodeSource();
            assumeTrue(source != null && "file".equals(source.getLocation().getProtocol()),
                    "class locations are not plain files here: " + type);
            entries.add(Path.of(source.getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
