/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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
 * open projects, started in the background as the workbench comes up or when an editor first needs it.
 * The injector and the session have separate locks: an editor needs the injector to show its text,
 * and must not wait for the session, which indexes and validates every plan file first.
 */
public final class PodiumLanguage {
    public static final String FILE_EXTENSION = "podium";

    private static final Object INJECTOR_LOCK = new Object();
    private static final Object STARTING_LOCK = new Object();
    private static Injector injector;
    /** Written under the class's lock, which {@link #session()} holds while the session starts. */
    private static volatile LanguageSession session;
    private static CompletableFuture<LanguageSession> starting;

    private PodiumLanguage() {
    }

    public static Injector injector() {
        synchronized (INJECTOR_LOCK) {
            if (injector == null) {
                injector = new PodiumIdeSetup().createInjectorAndDoEMFRegistration();
                SeverityPreferences.applyTo(injector);
            }
            return injector;
        }
    }

    /** The running session; the first call indexes and validates every plan file of the workspace. */
    public static synchronized LanguageSession session() {
        if (session == null) {
            List<String> folders = projectFolders();
            LanguageSession started = LanguageSession.start(injector(), FILE_EXTENSION, folders);
            started.addDiagnosticsListener(new MarkerUpdater(started));
            WorkspaceWatcher watcher = new WorkspaceWatcher(started, folders);
            ResourcesPlugin.getWorkspace().addResourceChangeListener(watcher, IResourceChangeEvent.POST_CHANGE);
            // a folder opened while the server started (--open on a first start) made no change it heard of
            watcher.catchUp(projectFolders());
            session = started;
        }
        return session;
    }

    /**
     * The session once it runs, started on a background thread if nobody has started it: what the UI
     * thread waits for instead of {@link #session()}.
     */
    public static CompletableFuture<LanguageSession> sessionStarted() {
        LanguageSession running = session;
        if (running != null) {
            return CompletableFuture.completedFuture(running);
        }
        synchronized (STARTING_LOCK) {
            if (starting == null || starting.isCompletedExceptionally()) { // a failed start is tried again
                starting = CompletableFuture.supplyAsync(PodiumLanguage::session, task -> {
                    Thread thread = new Thread(task, "Podium language start"); //$NON-NLS-1$
                    thread.setDaemon(true);
                    thread.start();
                });
            }
            return starting;
        }
    }

    /** The session if it runs, else null (never waits), so that shutting down does not start one. */
    public static LanguageSession runningSession() {
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
