/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays every input the fuzzers once failed on (and the cases issue 15 found by hand), kept under
 * {@code src/test/resources/regressions/TARGET/}, through the same checks as the fuzzer of that target.
 * To keep a new finding, copy it from {@code target/fuzz-findings/TARGET/} into that folder.
 */
class RegressionFixturesTest {

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> parserAndValidator() throws IOException {
        return replay(ParserFuzz.TARGET, (name, bytes) -> ParserFuzz.validateFile(dir, bytes,
                name.endsWith(".xmi") ? "input.xmi" : "input.podium"));
    }

    @TestFactory
    Stream<DynamicTest> formatter() throws IOException {
        return replay(FormatFuzz.TARGET, (name, bytes) -> FormatFuzz.check(
                PodiumTexts.Sample.ofFixture(name, new String(bytes, StandardCharsets.UTF_8)), false));
    }

    @TestFactory
    Stream<DynamicTest> textAndXmi() throws IOException {
        return replay(XmiFuzz.TARGET, (name, bytes) -> XmiFuzz.check(
                PodiumTexts.Sample.ofFixture(name, new String(bytes, StandardCharsets.UTF_8))));
    }

    @TestFactory
    Stream<DynamicTest> speechImporter() throws IOException {
        return replay(SpeechFuzz.TARGET, (name, bytes) -> SpeechFuzz.importBytes(bytes));
    }

    @TestFactory
    Stream<DynamicTest> actualsImporter() throws IOException {
        return replay(ActualsFuzz.TARGET,
                (name, bytes) -> ActualsFuzz.importData(dir, bytes, name.substring(name.lastIndexOf('.') + 1)));
    }

    private interface Check {
        void accept(String name, byte[] bytes) throws IOException;
    }

    private Stream<DynamicTest> replay(String target, Check check) throws IOException {
        List<Path> fixtures = fixtures(target);
        // a folder emptied by mistake would make this test pass on nothing
        assertThat(fixtures).as("fixtures of " + target).isNotEmpty();
        return fixtures.stream().map(f -> DynamicTest.dynamicTest(target + "/" + f.getFileName(), () -> {
            check.accept(f.getFileName().toString(), Files.readAllBytes(f));
        }));
    }

    private static List<Path> fixtures(String target) throws IOException {
        try {
            Path folder = Path.of(RegressionFixturesTest.class.getResource("/regressions/" + target).toURI());
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("README.md"))
                        .sorted().toList();
            }
        } catch (URISyntaxException | NullPointerException e) {
            return List.of();
        }
    }
}
