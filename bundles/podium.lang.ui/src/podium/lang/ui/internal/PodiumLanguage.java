/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;

import com.google.inject.Injector;

import podium.lang.ide.PodiumIdeSetup;
import podium.xtext.jface.LanguageSession;
import podium.xtext.jface.Uris;

/**
 * The Podium language in the workbench: one injector and one in-process language server over all
 * open projects, started the first time an editor needs it.
 */
public final class PodiumLanguage {
    public static final String FILE_EXTENSION = "podium";

    private static Injector injector;
    private static LanguageSession session;

    private PodiumLanguage() {
    }

    public static synchronized Injector injector() {
        if (injector == null) {
            injector = new PodiumIdeSetup().createInjectorAndDoEMFRegistration();
            SeverityPreferences.applyTo(injector);
        }
        return injector;
    }

    /** The running session; the first call indexes and validates every plan file of the workspace. */
    public static synchronized LanguageSession session() {
        if (session == null) {
            session = LanguageSession.start(injector(), FILE_EXTENSION, projectFolders());
            session.addDiagnosticsListener(new MarkerUpdater(session));
            ResourcesPlugin.getWorkspace().addResourceChangeListener(new WorkspaceWatcher(session),
                    IResourceChangeEvent.POST_CHANGE);
        }
        return session;
    }

    /** Whether the session was started, so that shutting down does not start one. */
    public static synchronized LanguageSession runningSession() {
        return session;
    }

    /** The folders the server indexes: every open project's location and its linked folders' locations. */
    static List<String> projectFolders() {
        List<String> folders = new ArrayList<>();
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (project.isOpen()) {
                folders.addAll(folders(project));
            }
        }
        return folders;
    }

    /** A project's own location and those of its linked folders (e.g. a folder opened with --open). */
    static List<String> folders(IProject project) {
        List<String> folders = new ArrayList<>();
        IPath location = project.getLocation();
        if (location != null) {
            folders.add(Uris.of(location.toPath()));
        }
        try {
            for (IResource member : project.members()) {
                if (member instanceof IContainer && member.isLinked() && member.getLocation() != null) {
                    folders.add(Uris.of(member.getLocation().toPath()));
                }
            }
        } catch (CoreException e) {
            ILog.get().error("Could not list the folders of " + project.getName(), e);
        }
        return folders;
    }
}
