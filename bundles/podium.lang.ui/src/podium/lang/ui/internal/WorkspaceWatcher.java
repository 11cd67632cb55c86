/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

import podium.xtext.jface.LanguageSession;
import podium.xtext.jface.Uris;

/**
 * Tells the language server about plan files created, changed or deleted outside the editor (and
 * about projects opened or closed), so cross-file links and problems stay right.
 */
final class WorkspaceWatcher implements IResourceChangeListener {
    private final LanguageSession session;

    WorkspaceWatcher(LanguageSession session) {
        this.session = session;
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        List<String> changed = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        List<String> addedFolders = new ArrayList<>();
        List<String> removedFolders = new ArrayList<>();
        try {
            event.getDelta().accept(delta -> visit(delta, changed, deleted, addedFolders, removedFolders));
        } catch (CoreException e) {
            ILog.get().error("Could not read a workspace change", e);
        }
        if (!addedFolders.isEmpty() || !removedFolders.isEmpty()) {
            session.foldersChanged(addedFolders, removedFolders);
        }
        session.filesChanged(changed, deleted);
    }

    /** Our own marker updates must not look like edits, or every validation would trigger another. */
    private static boolean onlyMarkersChanged(IResourceDelta delta) {
        return delta.getKind() == IResourceDelta.CHANGED && delta.getFlags() == IResourceDelta.MARKERS;
    }

    private static boolean visit(IResourceDelta delta, List<String> changed, List<String> deleted,
            List<String> addedFolders, List<String> removedFolders) {
        IResource resource = delta.getResource();
        if (resource instanceof IProject project && (delta.getFlags() & IResourceDelta.OPEN) != 0) {
            if (project.isOpen()) {
                addedFolders.addAll(PodiumLanguage.folders(project));
            } else if (project.getLocation() != null) {
                removedFolders.add(Uris.of(project.getLocation().toPath()));
            }
            return false;
        }
        if (resource instanceof IFolder folder && folder.isLinked() && folder.getLocation() != null
                && (delta.getKind() == IResourceDelta.ADDED || delta.getKind() == IResourceDelta.REMOVED)) {
            (delta.getKind() == IResourceDelta.ADDED ? addedFolders : removedFolders)
                    .add(Uris.of(folder.getLocation().toPath()));
            return false;
        }
        if (resource instanceof IFile file && PodiumLanguage.FILE_EXTENSION.equals(file.getFileExtension())
                && file.getLocation() != null && !onlyMarkersChanged(delta)) {
            String uri = Uris.of(file.getLocation().toPath());
            (delta.getKind() == IResourceDelta.REMOVED ? deleted : changed).add(uri);
        }
        return true;
    }
}
