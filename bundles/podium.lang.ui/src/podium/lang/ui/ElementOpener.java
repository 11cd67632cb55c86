/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import podium.lang.tools.PodiumWorkspace;
import podium.lang.ui.internal.Messages;

/**
 * Opens an element of a plan (a report's row, a search result): its file in the file's editor (a plan file in the plan
 * editor, an XMI model in the model browser), then selects it there: the element's text in a plan file
 * (from the parse tree of the model the report ran on, which holds the editors' unsaved text), the
 * element's object in the model browser's tree.
 *
 * @since 0.1
 */
public final class ElementOpener {

    private ElementOpener() {
    }

    /**
     * Opens {@code element}; returns a message for the user when it cannot, empty when done.
     *
     * @param model the loaded plans the element's URI came from, to find its text; may be null
     */
    public static Optional<String> open(IWorkbenchPage page, URI element, ResourceSet model) {
        if (element == null || !element.isFile()) {
            return Optional.empty();
        }
        Path file = Path.of(element.trimFragment().toFileString());
        if (!Files.isRegularFile(file)) {
            return Optional.of(NLS.bind(Messages.ElementOpener_noFile, file));
        }
        EObject object = model == null ? null : model.getEObject(element, false);
        try {
            IEditorPart editor = openFile(page, file);
            if (file.getFileName().toString().endsWith(PodiumWorkspace.EXTENSION)) {
                return selectText(editor, object, file);
            }
            selectObject(editor, element);
            return Optional.empty();
        } catch (PartInitException e) {
            return Optional.of(NLS.bind(Messages.ElementOpener_cannotOpen, file, e.getMessage()));
        }
    }

    private static IEditorPart openFile(IWorkbenchPage page, Path file) throws PartInitException {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
        for (IFile candidate : files) {
            if (candidate.isAccessible()) {
                return IDE.openEditor(page, candidate, true);
            }
        }
        return IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
    }

    private static Optional<String> selectText(IEditorPart editor, EObject object, Path file) {
        ICompositeNode node = object == null ? null : NodeModelUtils.findActualNodeFor(object);
        if (node == null) {
            return Optional.of(NLS.bind(Messages.ElementOpener_noElement, file));
        }
        ITextEditor text = editor == null ? null : org.eclipse.core.runtime.Adapters.adapt(editor, ITextEditor.class);
        if (text != null) {
            text.selectAndReveal(node.getOffset(), node.getLength());
        }
        return Optional.empty();
    }

    private static void selectObject(IEditorPart editor, URI element) {
        if (editor != null && editor.getSite().getSelectionProvider() instanceof StructuredViewer viewer
                && viewer.getInput() instanceof Resource resource) {
            EObject object = resource.getEObject(element.fragment());
            if (object != null) {
                viewer.setSelection(new StructuredSelection(object), true);
            }
        }
    }
}
