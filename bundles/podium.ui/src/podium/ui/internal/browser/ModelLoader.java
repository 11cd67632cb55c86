/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.browser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.osgi.util.NLS;

import podium.core.Problem;
import podium.core.Severity;
import podium.ui.internal.Messages;

/**
 * Reads a model file for browsing, keeping whatever EMF could read and turning every load error
 * into a {@link Problem}: a broken or foreign file is shown, never thrown.
 */
public final class ModelLoader {
    /** The model file could not be read (entirely or in part). */
    public static final String UNREADABLE = "UI-M001"; //$NON-NLS-1$
    /** EMF read the file but warned about it. */
    public static final String WARNING = "UI-M002"; //$NON-NLS-1$

    private ModelLoader() {
    }

    /** Loads {@code uri} into a fresh resource set; {@code path} is how problems name the file. */
    public static LoadedModel load(URI uri, String path) {
        ResourceSet resources = new ResourceSetImpl();
        // Generated packages register themselves; any other extension is read as XMI.
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
        Resource resource = resources.createResource(uri);
        List<Problem> problems = new ArrayList<>();
        try {
            resource.load(resources.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            if (resource.getErrors().isEmpty()) {
                problems.add(problem(path, 0, 0, Severity.ERROR, UNREADABLE, messageOf(e)));
            }
        }
        resource.getErrors().forEach(d -> problems.add(problem(path, d, Severity.ERROR, UNREADABLE)));
        resource.getWarnings().forEach(d -> problems.add(problem(path, d, Severity.WARNING, WARNING)));
        return new LoadedModel(resource, List.copyOf(problems));
    }

    private static Problem problem(String path, Resource.Diagnostic d, Severity severity, String code) {
        return problem(path, d.getLine(), d.getColumn(), severity, code, d.getMessage());
    }

    private static Problem problem(String path, int line, int column, Severity severity, String code, String text) {
        return new Problem(path, Math.max(line, 0), Math.max(column, 0), severity, code,
                NLS.bind(Messages.ModelLoader_unreadable, text));
    }

    private static String messageOf(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
