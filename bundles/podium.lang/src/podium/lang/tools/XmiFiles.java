/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import podium.core.Problem;
import podium.inspections.Finding;
import podium.inspections.Inspector;
import podium.lang.internal.LanguageInspections;
import podium.lang.resource.PodiumResource;
import podium.model.persistence.LoadResult;
import podium.model.persistence.ModelStore;
import podium.model.persistence.ModelXmiResource;
import podium.model.persistence.UnresolvedReference;

/**
 * The XMI models given to a workspace ({@code podium validate model.xmi}): read into its resource set
 * beside its {@code .podium} files and checked by the same inspections as the text, each finding located
 * at the line where its element starts in the file.
 */
final class XmiFiles {

    private final ResourceSet resourceSet;
    private final Map<Resource, Path> files = new LinkedHashMap<>();
    private final Map<Resource, String> shown = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    XmiFiles(ResourceSet resourceSet) {
        this.resourceSet = resourceSet;
        ResourceSet xmi = ModelStore.newResourceSet();
        // XMI copies that also answer the name-based links other converted files make into them
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(ModelStore.XMI_EXTENSION,
                new ModelXmiResource.Factory() {
                    @Override
                    public Resource createResource(URI uri) {
                        return new ModelXmiResource(uri) {
                            @Override
                            public EObject getEObject(String uriFragment) {
                                EObject named = PodiumResource.named(this, uriFragment);
                                return named != null ? named : super.getEObject(uriFragment);
                            }
                        };
                    }
                });
        resourceSet.getLoadOptions().putAll(xmi.getLoadOptions());
    }

    /** Whether {@code file} is an XMI model rather than plan text. */
    static boolean isXmi(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith('.' + ModelStore.XMI_EXTENSION);
    }

    /**
     * Reads an XMI model. A model converted from {@code NAME.podium} links into the other files of its
     * folder by their {@code .podium} names and the linked elements' kinds and names
     * ({@code defs.podium#Organisation:宛城区}); when one of those is given as XMI as well, its links resolve
     * into the XMI copy, so that a workspace converted file by file is checked as one model.
     */
    void add(Path file, String path) {
        URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
        URI text = uri.trimFileExtension().appendFileExtension(PodiumWorkspace.EXTENSION.substring(1));
        if (resourceSet.getResource(text, false) == null) {
            resourceSet.getURIConverter().getURIMap().put(text, uri);
        }
        LoadResult result = ModelStore.load(resourceSet, file);
        problems.addAll(result.problems());
        if (result.resource() != null && resourceSet.getResources().contains(result.resource())) {
            files.put(result.resource(), file);
            shown.put(result.resource(), path);
        }
    }

    /** Stops mapping {@code NAME.podium} to an XMI copy: the text file itself is part of the workspace. */
    void keepText(Path podiumFile) {
        URI uri = URI.createFileURI(podiumFile.toAbsolutePath().normalize().toString());
        resourceSet.getURIConverter().getURIMap().remove(uri);
    }

    /**
     * Every problem of the XMI models: reading, links that point nowhere, and the inspections' findings
     * (an inspection that failed and is in {@code failed} already is not reported again).
     */
    List<Problem> validate(LanguageInspections inspections, Set<String> failed) {
        List<Problem> result = new ArrayList<>(problems);
        if (files.isEmpty()) {
            return result;
        }
        files.keySet().forEach(EcoreUtil::resolveAll);
        Inspector.Run run = inspections.inspector().start(resourceSet, inspections);
        for (Map.Entry<Resource, Path> file : files.entrySet()) {
            XmiLines lines = lines(file.getValue());
            for (UnresolvedReference link : ModelStore.unresolvedReferences(file.getKey())) {
                XmiLines.Position at = lines.of(fragment(link.source(), file.getKey()));
                result.add(link.toProblem(shown.get(file.getKey()), at.line(), at.column()));
            }
            file.getKey().getAllContents().forEachRemaining(element -> {
                for (Finding finding : run.inspect(element)) {
                    if (!finding.code().equals(Inspector.FAILED) || failed.add(finding.data().get(0))) {
                        result.add(locate(finding, lines, file.getKey()));
                    }
                }
            });
        }
        return result;
    }

    private Problem locate(Finding finding, XmiLines lines, Resource resource) {
        XmiLines.Position at = lines.of(fragment(finding.element(), resource));
        return finding.toProblem(shown.get(resource), at.line(), at.column());
    }

    /** The fragment by which {@link XmiLines} knows {@code element}; the root's for an element of another file. */
    private static String fragment(EObject element, Resource resource) {
        return element.eResource() == resource ? resource.getURIFragment(element) : "/"; //$NON-NLS-1$
    }

    private static XmiLines lines(Path file) {
        try {
            return XmiLines.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return XmiLines.of(new byte[0]);
        }
    }
}
