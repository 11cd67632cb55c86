/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.fuzz;

import java.nio.charset.StandardCharsets;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

import podium.lang.tools.PodiumFormatting;
import podium.lang.tools.PodiumLanguage;
import podium.lang.tools.PodiumWorkspace;
import podium.lang.tools.TextLayout;

/**
 * The formatter round trip: formatting a file that parses gives a file that parses to the same model
 * and that formatting leaves alone; the file's line separator and byte-order mark stay. A file with
 * syntax errors is not formatted at all.
 */
class FormatFuzz {

    static final String TARGET = "format";

    @BeforeContainer
    static void setUp() {
        PodiumLanguage.injector();
    }

    @Property
    void relaidOutExamplesFormatToAFixedPointWithTheSameModel(@ForAll("relaidOut") PodiumTexts.Sample sample) {
        check(sample, true);
    }

    @Property
    void mutatedExamplesFormatToAFixedPointOrAreLeftAlone(@ForAll("mutated") PodiumTexts.Sample sample) {
        check(sample, false);
    }

    @Provide
    Arbitrary<PodiumTexts.Sample> relaidOut() {
        return PodiumTexts.relaidOut().map(s -> s.text().hashCode() % 5 == 0
                ? new PodiumTexts.Sample(s.name(), "\uFEFF" + s.text()) : s);
    }

    @Provide
    Arbitrary<PodiumTexts.Sample> mutated() {
        return PodiumTexts.mutated();
    }

    /** {@code mustParse}: a layout change never makes a file unparsable. */
    static void check(PodiumTexts.Sample sample, boolean mustParse) {
        String text = sample.text();
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        Harness.run(TARGET, input, sample.name(), () -> {
            PodiumFormatting formatting = new PodiumFormatting(PodiumLanguage.injector());
            XtextResource original = parse(sample.name(), text.startsWith("\uFEFF") ? text.substring(1) : text);
            String formatted = formatting.format(original);
            if (formatted == null) {
                if (mustParse) {
                    throw new AssertionError("a layout change made the file unparsable: " + original.getErrors().get(0));
                }
                return null;
            }
            XtextResource again = parse(sample.name(), formatted);
            if (!again.getErrors().isEmpty()) {
                throw new AssertionError("the formatted text does not parse: " + again.getErrors().get(0)
                        + "\n---\n" + formatted);
            }
            String twice = formatting.format(again);
            if (!formatted.equals(twice)) {
                throw new AssertionError("formatting is not idempotent:\n---\n" + formatted + "\n---\n" + twice);
            }
            EcoreUtil.resolveAll(original.getResourceSet());
            EcoreUtil.resolveAll(again.getResourceSet());
            if (!EcoreUtil.equals(original.getContents(), again.getContents())) {
                throw new AssertionError("formatting changed the model:\n---\n" + formatted);
            }
            TextLayout layout = TextLayout.of(input);
            String written = new String(layout.apply(formatted), StandardCharsets.UTF_8);
            if (layout.bom() != written.startsWith("\uFEFF")) {
                throw new AssertionError("the byte-order mark was not kept");
            }
            if (layout.lineSeparator().equals("\r\n") && written.replace("\r\n", "").indexOf('\n') >= 0) {
                throw new AssertionError("a CRLF file got mixed line endings");
            }
            return null;
        });
    }

    /** {@code text} as the file {@code name} beside the examples it links to. */
    static XtextResource parse(String name, String text) {
        PodiumWorkspace workspace = PodiumWorkspace.create();
        XtextResource resource = PodiumTexts.load(workspace, new PodiumTexts.Sample(name, text));
        if (resource == null) {
            throw new AssertionError("refused: " + workspace.readProblems());
        }
        return resource;
    }
}
