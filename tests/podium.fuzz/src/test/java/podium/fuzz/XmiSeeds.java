/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;

import podium.lang.tools.PodiumConversion;
import podium.lang.tools.PodiumLanguage;
import podium.lang.tools.PodiumWorkspace;

/** The examples converted to XMI once (as {@code podium convert --to xmi} writes them), to mutate. */
final class XmiSeeds {

    private static final Map<String, String> SEEDS = new ConcurrentHashMap<>();

    private XmiSeeds() {
    }

    static String of(String name) {
        return SEEDS.computeIfAbsent(name, n -> {
            PodiumWorkspace workspace = PodiumWorkspace.create();
            XtextResource resource = PodiumTexts.load(workspace, new PodiumTexts.Sample(n, PodiumTexts.read(n)));
            try {
                byte[] xmi = new PodiumConversion(PodiumLanguage.injector()).toXmi(resource,
                        URI.createFileURI("/fuzz/" + n.replace(".podium", ".xmi")));
                return new String(xmi, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
