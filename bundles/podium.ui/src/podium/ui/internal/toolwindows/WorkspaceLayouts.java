/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * The tool-window layout of each workspace folder (the folders opened with Open Folder or from the
 * welcome page), kept in the dialog settings: leaving a folder stores its layout, opening one brings
 * its layout back. A folder never opened before keeps the layout on screen.
 */
public final class WorkspaceLayouts {
    private static final String SECTION = "toolWindowLayouts"; //$NON-NLS-1$

    private WorkspaceLayouts() {
    }

    /** The window goes from workspace {@code from} (none on a first start) to {@code to}. */
    public static void switched(IWorkbenchWindow window, Optional<Path> from, Path to) {
        if (from.isPresent() && from.get().equals(to)) {
            return;
        }
        from.ifPresent(folder -> save(window, folder));
        stored(to).ifPresent(layout -> {
            if (DistractionFree.isOn(window)) {
                DistractionFree.leave(window);
            }
            new ToolWindowsOfWindow(window).apply(layout);
        });
    }

    /** Stores the window's layout as {@code folder}'s (the one to come back to, in distraction-free mode). */
    public static void save(IWorkbenchWindow window, Path folder) {
        ToolWindowLayout layout = DistractionFree.isOn(window) ? DistractionFree.savedLayout(window)
                : new ToolWindowsOfWindow(window).capture(ToolWindowCatalog.of(window.getWorkbench()));
        if (!layout.places().isEmpty()) {
            section().put(key(folder), layout.format());
        }
    }

    public static Optional<ToolWindowLayout> stored(Path folder) {
        String text = section().get(key(folder));
        return text == null ? Optional.empty() : Optional.of(ToolWindowLayout.parse(text));
    }

    private static String key(Path folder) {
        return folder.toAbsolutePath().normalize().toString();
    }

    private static IDialogSettings section() {
        IDialogSettings settings = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(WorkspaceLayouts.class))
                .getDialogSettings();
        IDialogSettings section = settings.getSection(SECTION);
        return section != null ? section : settings.addNewSection(SECTION);
    }
}
