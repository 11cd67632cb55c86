/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

import podium.lang.tools.PodiumConversion;
import podium.lang.tools.PodiumLanguage;
import podium.lang.tools.PodiumWorkspace;

/**
 * Text ⇄ XMI: a file that parses, converted to XMI and back to text, parses to the same model, and
 * converting that text again gives the same XMI (links into orgs.podium by name, not by position).
 */
class XmiFuzz {

    static final String TARGET = "xmi";
    private static final URI XMI = URI.createFileURI("/fuzz/converted.xmi");

    @BeforeContainer
    static void setUp() {
        PodiumLanguage.injector();
    }

    @Property
    void textToXmiAndBackKeepsTheModel(@ForAll("relaidOut") PodiumTexts.Sample sample) {
        check(sample);
    }

    static void check(PodiumTexts.Sample sample) {
        String text = sample.text();
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        Harness.run(TARGET, input, sample.name(), () -> {
            PodiumConversion conversion = new PodiumConversion(PodiumLanguage.injector());
            XtextResource original = FormatFuzz.parse(sample.name(), text);
            if (!original.getErrors().isEmpty()) {
                throw new AssertionError("a layout change made the file unparsable: " + original.getErrors().get(0));
            }
            byte[] xmi = conversion.toXmi(original, XMI);
            // read beside the files it links to, as podium convert reads it in its folder
            PodiumWorkspace beside = PodiumWorkspace.create();
            PodiumTexts.loadContext(beside, sample.name());
            Resource read = PodiumConversion.readXmi(beside.resourceSet(), XMI, xmi);
            String back = conversion.toPodium(read, URI.createFileURI("/fuzz/converted.podium"));
            XtextResource converted = FormatFuzz.parse(sample.name(), back);
            if (!converted.getErrors().isEmpty()) {
                throw new AssertionError("the converted text does not parse: " + converted.getErrors().get(0)
                        + "\n---\n" + back);
            }
            EcoreUtil.resolveAll(original.getResourceSet());
            EcoreUtil.resolveAll(converted.getResourceSet());
            if (!EcoreUtil.equals(original.getContents(), converted.getContents())) {
                throw new AssertionError("text → XMI → text changed the model:\n---\n" + back);
            }
            byte[] again = conversion.toXmi(converted, XMI);
            if (!Arrays.equals(xmi, again)) {
                throw new AssertionError("the XMI of the converted text differs:\n---\n"
                        + new String(xmi, StandardCharsets.UTF_8) + "\n---\n" + new String(again, StandardCharsets.UTF_8));
            }
            return null;
        });
    }

    @Provide
    Arbitrary<PodiumTexts.Sample> relaidOut() {
        return PodiumTexts.relaidOut();
    }
}
