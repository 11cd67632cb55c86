/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;

import podium.core.Problem;
import podium.core.Severity;
import podium.core.io.AtomicFiles;
import podium.model.ModelPackage;

/**
 * Loads and saves model files through EMF resources: loads report every error with file, line
 * and column and never write; saves are atomic and keep one {@code .bak}.
 */
public final class ModelStore {

    /** File extension of Podium's XMI files. */
    public static final String XMI_EXTENSION = "xmi";

    private ModelStore() {
    }

    /** A resource set that reads and writes Podium XMI, inside or outside OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet resources = new ResourceSetImpl();
        resources.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
        Map<String, Object> factories = resources.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.putIfAbsent(XMI_EXTENSION, new ModelXmiResource.Factory());
        // no OPTION_RECORD_UNKNOWN_FEATURE: an element or attribute the model does not know (another program's
        // XML, a misspelt tag) is a located load error (PDM-F002), not content silently kept and never checked
        return resources;
    }

    /** Options every save uses: UTF-8, so Chinese names stay readable in the file. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        return options;
    }

    /** Loads {@code file} into {@code resources}; a resource that failed to load is removed again. */
    public static LoadResult load(ResourceSet resources, Path file) {
        String path = file.toString();
        if (!Files.isReadable(file)) {
            return new LoadResult(null, List.of(new Problem(path, 0, 0, Severity.ERROR,
                    PersistenceCodes.UNREADABLE, "cannot read file")));
        }
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        Resource resource = resources.getResource(uri, false);
        if (resource == null) {
            resource = resources.createResource(uri);
        }
        if (resource == null) {
            return new LoadResult(null, List.of(new Problem(path, 0, 0, Severity.ERROR,
                    PersistenceCodes.UNREADABLE, "no reader for files of this kind")));
        }
        List<Problem> problems = new ArrayList<>();
        try {
            if (!resource.isLoaded()) {
                resource.load(resources.getLoadOptions());
            }
        } catch (IOException | RuntimeException e) {
            if (resource.getErrors().isEmpty()) {
                // the parser stopped without saying where (Xerces: "Scanner State 24 not Recognized"): the file's start
                problems.add(new Problem(path, 1, 1, Severity.ERROR, PersistenceCodes.MALFORMED, message(e)));
            }
        }
        problems.addAll(Diagnostics.toProblems(path, resource));
        if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
            resources.getResources().remove(resource);
            return new LoadResult(resource.getContents().isEmpty() ? null : resource, problems);
        }
        return new LoadResult(resource, problems);
    }

    /**
     * The cross-references of {@code resource} that point nowhere: those still proxies once resolved
     * ({@link org.eclipse.emf.ecore.util.EcoreUtil#resolveAll}, which the caller runs over every file
     * first, since links go across files).
     */
    public static List<UnresolvedReference> unresolvedReferences(Resource resource) {
        return Diagnostics.unresolved(resource);
    }

    /** Saves {@code resource} to {@code file} atomically; the previous content is kept as {@code file.bak}. */
    public static void save(Resource resource, Path file) throws IOException {
        Map<Object, Object> options = saveOptions();
        AtomicFiles.write(file, out -> resource.save(out, options));
    }

    /**
     * Save option: only actuals were added, changed or removed since the resource was read (and the plan's
     * as-of date set, which the actuals import may move), so a resource of a text format may patch its text
     * instead of writing the whole model again (the actuals import).
     */
    public static final String OPTION_ONLY_ACTUALS_CHANGED = "podium.onlyActualsChanged";

    /**
     * Saves {@code resource}, in which only actuals (and the plan's as-of date) changed since it was read, to the
     * file its URI names
     * ({@link #OPTION_ONLY_ACTUALS_CHANGED}).
     */
    public static void saveActuals(Resource resource) throws IOException {
        URI uri = resource.getURI();
        if (!uri.isFile()) {
            throw new IOException("not a file resource: " + uri);
        }
        Map<Object, Object> options = saveOptions();
        options.put(OPTION_ONLY_ACTUALS_CHANGED, Boolean.TRUE);
        AtomicFiles.write(Path.of(uri.toFileString()), out -> resource.save(out, options));
    }

    /** Saves {@code resource} to the file its URI names. */
    public static void save(Resource resource) throws IOException {
        URI uri = resource.getURI();
        if (!uri.isFile()) {
            throw new IOException("not a file resource: " + uri);
        }
        save(resource, Path.of(uri.toFileString()));
    }

    /** The first root object of a resource, if it has the expected type. */
    public static <T extends EObject> T root(Resource resource, Class<T> type) {
        if (resource == null || resource.getContents().isEmpty()) {
            return null;
        }
        EObject root = resource.getContents().get(0);
        return type.isInstance(root) ? type.cast(root) : null;
    }

    private static String message(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : Diagnostics.clean(t.getMessage());
    }
}
