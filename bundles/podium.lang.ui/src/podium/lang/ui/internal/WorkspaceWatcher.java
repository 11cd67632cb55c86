/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
 * about projects opened or closed), so cross-file links and problems stay right. It keeps the folders
 * the server knows, so that a folder is added or removed once however it is learnt of: from a change,
 * or from {@link #catchUp} after a start during which nobody listened.
 */
final class WorkspaceWatcher implements IResourceChangeListener {
    private final LanguageSession session;
    private final Set<String> known;

    /** For {@code session}, started on {@code folders}. */
    WorkspaceWatcher(LanguageSession session, List<String> folders) {
        this.session = session;
        this.known = new LinkedHashSet<>(folders);
    }

    /**
     * Tells the server of the folders opened or closed since it was started on its folders and before
     * this watcher listened (a folder opened by --open while the server started on a first start).
     */
    void catchUp(List<String> current) {
        List<String> removed = new ArrayList<>(known);
        removed.removeAll(current);
        foldersChanged(new ArrayList<>(current), removed);
    }

    private synchronized void foldersChanged(List<String> added, List<String> removed) {
        added.removeIf(known::contains);
        removed.removeIf(folder -> !known.contains(folder));
        if (!added.isEmpty() || !removed.isEmpty()) {
            known.addAll(added);
            known.removeAll(removed);
            session.foldersChanged(added, removed);
        }
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
        foldersChanged(addedFolders, removedFolders);
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
