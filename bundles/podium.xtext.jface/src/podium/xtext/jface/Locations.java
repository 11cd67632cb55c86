/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.Location;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Opens server locations (definitions, references) in editors and maps their URIs to workspace files. */
public final class Locations {
    private Locations() {
    }

    /** The workspace file at a URI, or null when the file lies outside every project. */
    public static IFile file(String uri) {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(Uris.toPath(uri).toUri());
        return files.length == 0 ? null : files[0];
    }

    /** Opens the location's file in its editor and selects the range; returns the editor or null. */
    public static IEditorPart open(Location location) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            IFile file = file(location.getUri());
            IEditorPart editor;
            if (file != null) {
                editor = IDE.openEditor(page, file);
            } else {
                IFileStore store = EFS.getLocalFileSystem().getStore(Path.of(Uris.toPath(location.getUri()).toString()).toUri());
                editor = IDE.openEditorOnFileStore(page, store);
            }
            select(editor, location);
            return editor;
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void select(IEditorPart editor, Location location) {
        ITextEditor text = editor == null ? null : editor.getAdapter(ITextEditor.class);
        if (text == null) {
            return;
        }
        IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
        IRegion region = Positions.toRegion(document, location.getRange());
        text.selectAndReveal(region.getOffset(), region.getLength());
    }
}
