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
 * Tells the language server about plan files created, changed or deleted outside the editor, and about
 * the folders it validates: those of the open projects and their linked folders. It keeps the folders
 * the server knows and, whenever a project or a linked folder comes or goes, tells it the difference
 * with the workspace as it now is; a deleted project's linked folder has no location any more by then,
 * so the difference is what finds it. The same difference catches up after a start during which
 * nobody listened.
 */
final class WorkspaceWatcher implements IResourceChangeListener {
    private final LanguageSession session;
    private final Set<String> known;

    /** For {@code session}, started on {@code folders}. */
    WorkspaceWatcher(LanguageSession session, List<String> folders) {
        this.session = session;
        this.known = new LinkedHashSet<>(folders);
    }

    /** Tells the server of the folders opened or closed since it last heard: {@code current} against those it knows. */
    synchronized void catchUp(List<String> current) {
        List<String> added = new ArrayList<>(current);
        added.removeAll(known);
        List<String> removed = new ArrayList<>(known);
        removed.removeAll(current);
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
        boolean[] folders = { false };
        try {
            event.getDelta().accept(delta -> visit(delta, changed, deleted, folders));
        } catch (CoreException e) {
            ILog.get().error("Could not read a workspace change", e);
        }
        if (folders[0]) {
            catchUp(PodiumLanguage.projectFolders());
        }
        session.filesChanged(changed, deleted);
    }

    /** Our own marker updates must not look like edits, or every validation would trigger another. */
    private static boolean onlyMarkersChanged(IResourceDelta delta) {
        return delta.getKind() == IResourceDelta.CHANGED && delta.getFlags() == IResourceDelta.MARKERS;
    }

    /** Collects the plan files changed and deleted; sets {@code folders[0]} when a project or linked folder came or went. */
    private static boolean visit(IResourceDelta delta, List<String> changed, List<String> deleted, boolean[] folders) {
        IResource resource = delta.getResource();
        boolean cameOrWent = delta.getKind() == IResourceDelta.ADDED || delta.getKind() == IResourceDelta.REMOVED;
        if (resource instanceof IProject && (cameOrWent || (delta.getFlags() & IResourceDelta.OPEN) != 0)) {
            folders[0] = true;
            return delta.getKind() == IResourceDelta.REMOVED; // its plan files are deleted too
        }
        if (resource instanceof IFolder folder && folder.isLinked() && cameOrWent) {
            folders[0] = true;
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
