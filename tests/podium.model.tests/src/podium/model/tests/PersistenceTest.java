/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.core.Problem;
import podium.core.Severity;
import podium.core.io.AtomicFiles;
import podium.model.Actual;
import podium.model.PlanningFile;
import podium.model.Target;
import podium.model.persistence.LoadResult;
import podium.model.persistence.ModelStore;
import podium.model.persistence.PersistenceCodes;

class PersistenceTest {

    @TempDir
    Path dir;

    private Path saveSample(String name) throws IOException {
        Path file = dir.resolve(name);
        ResourceSet set = ModelStore.newResourceSet();
        Resource resource = set.createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(Samples.city());
        ModelStore.save(resource);
        return file;
    }

    @Test
    void roundTripKeepsEveryValueAndReference() throws IOException {
        Path file = saveSample("city.xmi");
        LoadResult result = ModelStore.load(ModelStore.newResourceSet(), file);
        assertThat(result.problems()).isEmpty();
        PlanningFile loaded = ModelStore.root(result.resource(), PlanningFile.class);
        assertThat(EcoreUtil.equals(loaded, Samples.city())).isTrue();
        Target zoneTarget = (Target) loaded.getElements().stream().filter(e -> e instanceof Target).skip(1)
                .findFirst().orElseThrow();
        assertThat(zoneTarget.getOrganisation().getTitle()).isEqualTo("高新区");
        assertThat(zoneTarget.getPeriod().toString()).isEqualTo("2004");
        Actual actual = loaded.getElements().stream().filter(e -> e instanceof Actual).map(e -> (Actual) e)
                .findFirst().orElseThrow();
        assertThat(actual.getValue()).isEqualByComparingTo("812.5");
        assertThat(Files.readString(file, UTF_8)).contains("高新区").contains("2004-08").contains("万美元");
    }

    @Test
    void malformedXmlIsReportedWithLineAndColumnAndNothingIsWritten() throws IOException {
        Path file = saveSample("city.xmi");
        String text = Files.readString(file, UTF_8);
        String broken = text.replaceFirst("<elements ", "<elements <");
        Files.writeString(file, broken, UTF_8);
        LoadResult result = ModelStore.load(ModelStore.newResourceSet(), file);
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.path()).isEqualTo(file.toString());
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(result.problems().get(0).line()).isGreaterThan(1);
        assertThat(result.problems().get(0).column()).isGreaterThan(0);
        assertThat(result.problems().get(0).code()).isEqualTo(PersistenceCodes.MALFORMED);
        assertThat(Files.readString(file, UTF_8)).isEqualTo(broken);
        assertThat(AtomicFiles.backupOf(file)).doesNotExist();
    }

    @Test
    void badValueIsReportedWithItsPosition() throws IOException {
        Path file = saveSample("city.xmi");
        Files.writeString(file, Files.readString(file, UTF_8).replace("month=\"2004-08\"", "month=\"2004-13\""), UTF_8);
        LoadResult result = ModelStore.load(ModelStore.newResourceSet(), file);
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.message()).contains("2004-13");
            assertThat(p.line()).isGreaterThan(0);
        });
    }

    @Test
    void anElementTheModelDoesNotKnowIsALocatedErrorNotSilentlyKept() throws IOException {
        Path file = saveSample("city.xmi");
        String text = Files.readString(file, UTF_8);
        int at = text.indexOf("<elements ");
        Files.writeString(file, text.substring(0, at) + "<bogus name=\"x\"/>\n  " + text.substring(at), UTF_8);
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;

        LoadResult result = ModelStore.load(ModelStore.newResourceSet(), file);
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(PersistenceCodes.MALFORMED);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).isEqualTo("Feature 'bogus' not found.");
        });
    }

    @Test
    void xmlOfAnotherProgramIsNotAPodiumModel() throws IOException {
        Path file = dir.resolve("other.xmi");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<foo:bar xmlns:foo=\"urn:x\"/>\n", UTF_8);
        LoadResult result = ModelStore.load(ModelStore.newResourceSet(), file);
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.format()).startsWith(file + ":2:").contains("error PDM-F002 Package with uri 'urn:x' not found.");
            assertThat(p.message()).doesNotContain("file:", "Exception");
        });
    }

    @Test
    void anUnfinishedFileSaysWhatTheParserFoundWithoutJavaNames() throws IOException {
        Path file = dir.resolve("cut.xmi");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<unclosed>\n", UTF_8);
        LoadResult result = ModelStore.load(ModelStore.newResourceSet(), file);
        assertThat(result.problems()).extracting(Problem::message)
                .contains("XML document structures must start and end within the same entity.")
                .noneMatch(m -> m.contains("Exception") || m.contains("publicId") || m.contains("file:"));
    }

    @Test
    void missingFileIsAProblemNotAnException() {
        LoadResult result = ModelStore.load(ModelStore.newResourceSet(), dir.resolve("nope.xmi"));
        assertThat(result.resource()).isNull();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(PersistenceCodes.UNREADABLE));
    }

    @Test
    void saveThatFailsHalfwayLeavesFileAndBackupIntact() throws IOException {
        Path file = saveSample("city.xmi");
        String first = Files.readString(file, UTF_8);
        ResourceSet set = ModelStore.newResourceSet();
        Resource resource = ModelStore.load(set, file).resource();
        ((PlanningFile) resource.getContents().get(0)).setName("second");
        ModelStore.save(resource);
        String second = Files.readString(file, UTF_8);
        assertThat(Files.readString(AtomicFiles.backupOf(file), UTF_8)).isEqualTo(first);

        Resource failing = new FailingResource(URI.createFileURI(file.toString()));
        failing.getContents().add(Samples.city());
        assertThatThrownBy(() -> ModelStore.save(failing, file)).isInstanceOf(IOException.class)
                .hasMessageContaining("disk full");
        assertThat(Files.readString(file, UTF_8)).isEqualTo(second);
        assertThat(Files.readString(AtomicFiles.backupOf(file), UTF_8)).isEqualTo(first);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("city.xmi",
                    "city.xmi.bak");
        }
    }

    /** Writes the first half of its XMI, then fails like a full disk. */
    static final class FailingResource extends XMIResourceImpl {
        FailingResource(URI uri) {
            super(uri);
        }

        @Override
        public void doSave(OutputStream out, Map<?, ?> options) throws IOException {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            super.doSave(all, options);
            out.write(all.toByteArray(), 0, all.size() / 2);
            throw new IOException("disk full");
        }
    }
}
