/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.workspace;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.navigator.CommonNavigator;

import podium.ui.ToolWindows;
import podium.ui.internal.Messages;
import podium.ui.internal.toolwindows.WorkspaceLayouts;

/** Links the {@code --open} folder into the workspace in the background, then reveals it in the explorer. */
public final class OpenFolderJob extends WorkspaceJob {
    private final Path dir;
    private final IWorkbenchWindow window;
    private final IStatusLineManager statusLine;
    private Consumer<IFolder> then = folder -> { };

    /** Opens {@code dir} in {@code window} (Open Folder, the welcome page), reporting on the window's status line. */
    public static void open(IWorkbenchWindow window, Path dir) {
        open(window, dir, folder -> { });
    }

    /** Opens {@code dir}, then runs {@code then} on the UI thread with the folder as the explorer shows it. */
    public static void open(IWorkbenchWindow window, Path dir, Consumer<IFolder> then) {
        OpenFolderJob job = new OpenFolderJob(dir, window, StatusLines.of(window));
        job.then = then;
        job.schedule();
    }

    public OpenFolderJob(Path dir, IWorkbenchWindow window, IStatusLineManager statusLine) {
        super(NLS.bind(Messages.OpenFolderJob_name, dir));
        this.dir = dir;
        this.window = window;
        this.statusLine = statusLine;
        setRule(ResourcesPlugin.getWorkspace().getRoot());
    }

    @Override
    public IStatus runInWorkspace(IProgressMonitor monitor) {
        try {
            IFolder folder = new LinkedFolders(ResourcesPlugin.getWorkspace().getRoot()).open(dir, monitor);
            inUi(() -> reveal(folder));
        } catch (CoreException | RuntimeException e) {
            String message = NLS.bind(Messages.OpenFolderJob_failed, dir, e.getMessage());
            ILog.of(getClass()).error(message, e);
            inUi(() -> statusLine.setErrorMessage(message));
        }
        // Failures are logged and shown in the status line: no error dialog on top of the workbench.
        return Status.OK_STATUS;
    }

    private void reveal(IFolder folder) {
        IWorkbenchPage page = window.getActivePage();
        IViewPart explorer = page == null ? null : page.findView(ToolWindows.EXPLORER);
        if (explorer instanceof CommonNavigator navigator) {
            // the explorer shows the folder's contents as the project's (podium.ui.internal.explorer)
            navigator.getCommonViewer().expandToLevel(folder.getProject(), 1);
            navigator.getCommonViewer().reveal(folder.getProject());
        }
        statusLine.setMessage(NLS.bind(Messages.OpenFolderJob_opened, dir, folder.getProject().getName()));
        WorkspaceLayouts.switched(window, RecentWorkspaces.list().stream().findFirst(), dir);
        RecentWorkspaces.opened(dir);
        then.accept(folder);
    }

    private void inUi(Runnable runnable) {
        if (!window.getShell().isDisposed()) {
            window.getShell().getDisplay().asyncExec(() -> {
                if (!window.getShell().isDisposed()) {
                    runnable.run();
                }
            });
        }
    }
}
