/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import podium.core.Problem;
import podium.inspections.InspectionDescriptor;
import podium.lang.tools.PodiumLanguage;
import podium.lang.tools.PodiumWorkspace;

/**
 * The parser and validator on any text: token soup, mutated examples, arbitrary bytes read from a file.
 * Nothing escapes as an exception, every problem is located with a catalogue code, and the file read is
 * unchanged.
 */
class ParserFuzz {

    static final String TARGET = "podium";
    private static Path dir;

    @BeforeContainer
    static void setUp() throws IOException {
        PodiumLanguage.injector();
        dir = Files.createTempDirectory("podium-fuzz");
    }

    @AfterContainer
    static void tearDown() throws IOException {
        Harness.deleteFolder(dir);
    }

    @Property
    void soupIsReportedNotThrown(@ForAll("soup") PodiumTexts.Sample sample) {
        validateText(sample);
    }

    @Property
    void mutatedExamplesAreReportedNotThrown(@ForAll("mutated") PodiumTexts.Sample sample) {
        validateText(sample);
    }

    @Property
    void anyBytesReadFromAFileAreReportedNotThrown(@ForAll("bytes") byte[] bytes) throws IOException {
        validateFile(dir, bytes);
    }

    @Property
    void damagedXmiFilesAreReportedNotThrown(@ForAll("xmi") byte[] bytes) throws IOException {
        validateFile(dir, bytes, "input.xmi");
    }

    /** The XMI of an example, with pieces of its XML deleted, repeated, swapped or replaced (names, links, numbers, tags). */
    @Provide
    Arbitrary<byte[]> xmi() {
        Arbitrary<String> piece = Arbitraries.of("<", ">", "/>", "\"", "=", "xmi:id=\"x\"", "href=\"orgs.podium#Organisation:无\"",
                "href=\"plan.podium#//@elements.99\"", "href=\"#//@elements.0\"", "<elements xsi:type=\"podium:Organisation\">",
                "</elements>", "<children>", "1e999", "-1", "2004-13", "&amp;", "&#0;", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "&a;",
                "xsi:type=\"podium:Nothing\"", "xsi:type=\"ecore:EClass\"", "南阳", "");
        return net.jqwik.api.Combinators.combine(Arbitraries.of(PodiumTexts.NAMES), Arbitraries.integers().between(0, 3)
                .list().ofMinSize(1).ofMaxSize(6), Arbitraries.doubles().between(0, 1).list().ofSize(12), piece.list().ofSize(6))
                .as((name, kinds, places, pieces) -> {
                    List<String> parts = new java.util.ArrayList<>(List.of(XmiSeeds.of(name).split("(?=[<>\" ])")));
                    for (int i = 0; i < kinds.size(); i++) {
                        int a = (int) (places.get(2 * i) * parts.size()) % parts.size();
                        int b = (int) (places.get(2 * i + 1) * parts.size()) % parts.size();
                        switch (kinds.get(i)) {
                            case 0 -> parts.remove(a);
                            case 1 -> parts.add(a, parts.get(b));
                            case 2 -> parts.set(a, parts.set(b, parts.get(a)));
                            default -> parts.set(a, pieces.get(i));
                        }
                    }
                    return String.join("", parts).getBytes(StandardCharsets.UTF_8);
                });
    }

    @Provide
    Arbitrary<PodiumTexts.Sample> soup() {
        return PodiumTexts.soup();
    }

    @Provide
    Arbitrary<PodiumTexts.Sample> mutated() {
        return PodiumTexts.mutated();
    }

    /** Arbitrary bytes, and mutated examples in bytes with a byte flipped, cut or inserted (bad UTF-8, NULs, BOMs). */
    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
        Arbitrary<byte[]> flipped = net.jqwik.api.Combinators.combine(PodiumTexts.mutated(),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.bytes()).as((text, at, b) -> {
                    byte[] bytes = text.text().getBytes(StandardCharsets.UTF_8);
                    if (bytes.length > 0) {
                        bytes[at % bytes.length] = b;
                    }
                    return bytes;
                });
        return Arbitraries.oneOf(random, flipped);
    }

    /** Validates a sample beside the examples it links to and checks the problems. */
    static List<Problem> validateText(PodiumTexts.Sample sample) {
        byte[] input = sample.text().getBytes(StandardCharsets.UTF_8);
        return Harness.run(TARGET, input, sample.name(), () -> {
            PodiumWorkspace workspace = PodiumWorkspace.create();
            PodiumTexts.load(workspace, sample);
            List<Problem> problems = workspace.validate();
            Located.check(problems, InspectionDescriptor::isCode);
            return problems;
        });
    }

    /** Validates {@code bytes} read from a file, and checks that the file is unchanged. */
    static List<Problem> validateFile(Path dir, byte[] bytes) throws IOException {
        return validateFile(dir, bytes, "input.podium");
    }

    /** Validates {@code bytes} read from the file {@code name} (.podium or .xmi) beside the examples it links to. */
    static List<Problem> validateFile(Path dir, byte[] bytes, String name) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        for (String context : List.of("orgs.podium", "plan.podium")) {
            Files.writeString(dir.resolve(context), PodiumTexts.read(context));
        }
        List<Problem> problems = Harness.run(TARGET, bytes, name, () -> {
            PodiumWorkspace workspace = PodiumWorkspace.create();
            workspace.add(dir.resolve("orgs.podium"));
            workspace.add(dir.resolve("plan.podium"));
            workspace.add(file);
            List<Problem> found = workspace.validate();
            Located.check(found, InspectionDescriptor::isCode);
            return found;
        });
        if (!Arrays.equals(Files.readAllBytes(file), bytes)) {
            throw Harness.damaged(TARGET, bytes, name, "validate changed " + file);
        }
        return problems;
    }
}
