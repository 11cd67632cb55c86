/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import podium.core.io.AtomicFiles;
import podium.xtext.jface.Locations;
import podium.xtext.jface.WorkspaceEdits;

/**
 * Where renames and quick fixes write: into the documents of open plan editors (undoable, saved by
 * the user), or atomically into closed files, which the workspace then refreshes.
 */
final class EditTargets implements WorkspaceEdits.Target {
    @Override
    public IDocument openDocument(String uri) {
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    IEditorPart part = reference.getEditor(false);
                    if (part instanceof PodiumEditor editor && editor.sync() != null && editor.sync().uri().equals(uri)) {
                        return editor.sync().document();
                    }
                }
            }
        }
        return null;
    }

    @Override
    public void writeClosedFile(Path path, String text) throws IOException {
        AtomicFiles.write(path, text.getBytes(StandardCharsets.UTF_8));
        IFile file = Locations.file(podium.xtext.jface.Uris.of(path));
        if (file != null) {
            try {
                file.refreshLocal(IResource.DEPTH_ZERO, null);
            } catch (CoreException e) {
                throw new IOException(e);
            }
        }
    }
}
