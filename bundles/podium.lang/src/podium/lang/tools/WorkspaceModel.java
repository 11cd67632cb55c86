/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import podium.core.Problem;
import podium.model.persistence.LoadResult;
import podium.model.persistence.ModelStore;

/**
 * A workspace read as one model for computations and reports: its {@code .podium} files, linked and
 * validated as {@code podium validate} does, and the XMI models beside them (imported speeches).
 * A single {@code .podium} file is read with the other files of its folder, so that its names link.
 */
public final class WorkspaceModel {

    private final Path folder;
    private final PodiumWorkspace workspace;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Resource, String> shown = new HashMap<>();

    private WorkspaceModel(Path folder, PodiumWorkspace workspace) {
        this.folder = folder;
        this.workspace = workspace;
        // XMI is read the way ModelStore's own resource sets read it, inside or outside OSGi.
        ResourceSet xmi = ModelStore.newResourceSet();
        workspace.resourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap().putIfAbsent(
                ModelStore.XMI_EXTENSION, xmi.getResourceFactoryRegistry().getExtensionToFactoryMap().get(ModelStore.XMI_EXTENSION));
        workspace.resourceSet().getLoadOptions().putAll(xmi.getLoadOptions());
    }

    /** Reads a folder, a {@code .podium} file (with its folder) or an XMI model; never throws. */
    public static WorkspaceModel load(Path fileOrFolder) {
        return load(fileOrFolder, Map.of());
    }

    /**
     * As {@link #load(Path)}, but the {@code .podium} files whose absolute, normalised path is a key of
     * {@code texts} are read from that text instead of the disk: the unsaved text of open editors.
     */
    public static WorkspaceModel load(Path fileOrFolder, Map<Path, String> texts) {
        boolean folder = Files.isDirectory(fileOrFolder);
        Path dir = folder ? fileOrFolder : parentOf(fileOrFolder);
        WorkspaceModel model = new WorkspaceModel(dir, PodiumWorkspace.create());
        model.workspace.replaceTexts(texts);
        if (!folder && !fileOrFolder.toString().endsWith(PodiumWorkspace.EXTENSION)) {
            model.addXmi(fileOrFolder, fileOrFolder.toString());
        } else {
            model.workspace.applySeverities(dir);
            model.workspace.add(folder ? fileOrFolder : dir);
            model.workspace.files().forEach((resource, path) -> model.shown.put(resource, path.toString()));
            model.problems.addAll(model.workspace.validate());
            model.addXmiUnder(folder ? fileOrFolder : dir);
        }
        model.problems.sort(Problem.ORDER);
        return model;
    }

    private static Path parentOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    private void addXmiUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.toString().endsWith("." + ModelStore.XMI_EXTENSION) && Files.isRegularFile(p)).sorted()
                    .forEach(p -> addXmi(p, p.toString()));
        } catch (IOException | UncheckedIOException e) {
            // the folder could not be read: validation has already said so for the .podium files
        }
    }

    private void addXmi(Path file, String path) {
        LoadResult result = ModelStore.load(workspace.resourceSet(), file);
        problems.addAll(result.problems());
        if (result.resource() != null) {
            shown.put(result.resource(), path);
        }
    }

    /** Every element of the workspace, for {@code ModelIndex.of}. */
    public ResourceSet resourceSet() {
        return workspace.resourceSet();
    }

    /** The folder the workspace was read from (user templates live there). */
    public Path folder() {
        return folder;
    }

    /** Problems of every file, sorted, as {@code podium validate} prints them. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Where an element is written: {@code examples/plan.podium:12}, or the XMI file's path. */
    public String locate(EObject element) {
        return locate(element, UnaryOperator.identity());
    }

    /** As {@link #locate(EObject)}, with the file's path as {@code display} shows it (relative to a working folder, say). */
    public String locate(EObject element, UnaryOperator<String> display) {
        Resource resource = element.eResource();
        String path = resource == null ? "?" : display.apply(shown.getOrDefault(resource, String.valueOf(resource.getURI())));
        ICompositeNode node = NodeModelUtils.getNode(element);
        return node == null ? path : path + ':' + node.getStartLine();
    }
}
