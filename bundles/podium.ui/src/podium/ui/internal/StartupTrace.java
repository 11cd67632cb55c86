/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Start-up milestones for benchmarks/workbench-startup, written only when the system property
 * {@value #FILE} names a file: "paint" at the first paint of any widget, "folder" when the {@code
 * --open} folder is in the explorer, and, if {@value #OPEN} names a file of that folder, "editor" at
 * the first paint of its editor (opened as a double-click in the explorer would). Each line is the
 * milestone and the wall-clock time in milliseconds since the epoch. With {@value #EXIT} the workbench
 * then closes as a user would close it: the next start finds the caches (the extension registry's) that
 * a closed session leaves in the configuration area.
 */
public final class StartupTrace {
    static final String FILE = "podium.startupTrace"; //$NON-NLS-1$
    static final String OPEN = "podium.startupTrace.open"; //$NON-NLS-1$
    /** Closes the workbench after the "editor" milestone, so that it saves its caches as a user's session does. */
    static final String EXIT = "podium.startupTrace.exit"; //$NON-NLS-1$

    private StartupTrace() {
    }

    static void install(Display display) {
        if (System.getProperty(FILE) == null) {
            return;
        }
        Listener[] firstPaint = new Listener[1];
        firstPaint[0] = event -> {
            display.removeFilter(SWT.Paint, firstPaint[0]);
            record("paint"); //$NON-NLS-1$
        };
        display.addFilter(SWT.Paint, firstPaint[0]);
    }

    /** After the {@code --open} folder is shown: records it and opens the benchmark's file. */
    static void folderOpened(IFolder folder) {
        String open = System.getProperty(OPEN);
        if (System.getProperty(FILE) == null) {
            return;
        }
        record("folder"); //$NON-NLS-1$
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (open == null || page == null) {
            return;
        }
        try {
            IEditorPart editor = IDE.openEditor(page, folder.getFile(open));
            Control text = editor.getAdapter(Control.class);
            if (text != null) {
                text.addListener(SWT.Paint, new Listener() {
                    @Override
                    public void handleEvent(org.eclipse.swt.widgets.Event event) {
                        text.removeListener(SWT.Paint, this);
                        record("editor"); //$NON-NLS-1$
                        if (Boolean.getBoolean(EXIT)) {
                            text.getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
                        }
                    }
                });
                text.redraw();
            }
        } catch (PartInitException e) {
            ILog.of(StartupTrace.class).error("Benchmark file cannot be opened: " + open, e); //$NON-NLS-1$
        }
    }

    private static void record(String milestone) {
        String line = milestone + ' ' + System.currentTimeMillis() + '\n';
        try {
            Files.writeString(Path.of(System.getProperty(FILE)), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            ILog.of(StartupTrace.class).warn("Start-up trace not written: " + e.getMessage()); //$NON-NLS-1$
        }
    }
}
