/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;

import podium.lang.tools.PodiumWorkspace;
import podium.ui.ToolWindows;

/**
 * Which folder of plans the user works in — what the reports are about and what Search Everywhere
 * searches: the folder of the plan file in the active editor, else the folder selected in the explorer
 * (or the folder of the selected file), else the folder the workbench was opened on ({@code --open DIR},
 * a linked folder of the resources workspace).
 *
 * @since 0.1
 */
public final class PlanFolders {

    /** Where the folder came from, shown next to it. */
    public enum Source {
        EDITOR, EXPLORER, OPENED
    }

    /** A workspace folder (absolute, normalised) and why it was chosen. */
    public record Located(Path folder, Source source) {
    }

    private PlanFolders() {
    }

    /** The folder for {@code page}; empty when no folder of plans is open. */
    public static Optional<Located> locate(IWorkbenchPage page) {
        if (page == null) {
            return opened();
        }
        Optional<Path> editor = planFile(page.getActiveEditor()).map(Path::getParent);
        if (editor.isPresent()) {
            return editor.map(f -> new Located(f, Source.EDITOR));
        }
        IViewPart explorer = page.findView(ToolWindows.EXPLORER);
        if (explorer != null && explorer.getSite().getSelectionProvider() != null) {
            Optional<Path> selected = selectedFolder(explorer.getSite().getSelectionProvider().getSelection());
            if (selected.isPresent()) {
                return selected.map(f -> new Located(f, Source.EXPLORER));
            }
        }
        return opened();
    }

    /** The plan file an editor shows, if it shows one. */
    public static Optional<Path> planFile(IEditorPart editor) {
        Optional<Path> file = editor == null ? Optional.empty() : file(editor.getEditorInput());
        return file.filter(f -> f.getFileName().toString().endsWith(PodiumWorkspace.EXTENSION));
    }

    /** The file behind an editor input: a workspace file or a file opened from the disk. */
    public static Optional<Path> file(IEditorInput input) {
        if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
            return Optional.of(normalised(fileInput.getFile().getLocation().toPath()));
        }
        if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) { //$NON-NLS-1$
            return Optional.of(normalised(Path.of(uriInput.getURI())));
        }
        return Optional.empty();
    }

    /** The unsaved text of the plan editors of {@code page} whose files lie in {@code folder}, by file. */
    public static Map<Path, String> unsavedTexts(IWorkbenchPage page, Path folder) {
        Map<Path, String> texts = new LinkedHashMap<>();
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart editor = reference.getEditor(false);
            ITextEditor text = editor == null ? null : Adapters.adapt(editor, ITextEditor.class);
            Optional<Path> file = planFile(editor);
            if (text != null && text.isDirty() && file.isPresent() && folder != null && file.get().startsWith(folder)) {
                IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
                if (document != null) {
                    texts.put(file.get(), document.get());
                }
            }
        }
        return texts;
    }

    private static Optional<Path> selectedFolder(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return Optional.empty();
        }
        IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
        if (resource instanceof IProject project) {
            return linkedFolder(project);
        }
        IContainer container = resource instanceof IContainer c ? c : resource == null ? null : resource.getParent();
        if (container == null || container instanceof IProject || container.getLocation() == null) {
            return container instanceof IProject project ? linkedFolder(project) : Optional.empty();
        }
        return Optional.of(normalised(container.getLocation().toPath()));
    }

    /** The first folder the workbench shows from the disk (the {@code --open} folder). */
    private static Optional<Located> opened() {
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            Optional<Path> folder = linkedFolder(project);
            if (folder.isPresent()) {
                return folder.map(f -> new Located(f, Source.OPENED));
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> linkedFolder(IProject project) {
        if (!project.isOpen()) {
            return Optional.empty();
        }
        try {
            for (IResource member : project.members()) {
                if (member instanceof IFolder folder && folder.isLinked() && folder.getLocation() != null) {
                    return Optional.of(normalised(folder.getLocation().toPath()));
                }
            }
        } catch (CoreException e) {
            // a project that cannot be read shows no folder
        }
        return Optional.empty();
    }

    public static Path normalised(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** Whether {@code uri} names a file inside {@code folder}. */
    public static boolean contains(Path folder, URI uri) {
        return "file".equals(uri.getScheme()) && normalised(Path.of(uri)).startsWith(folder); //$NON-NLS-1$
    }
}
