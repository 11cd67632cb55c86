/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/** The folders of plans opened lately, most recent first, kept across restarts (the welcome page lists them). */
public final class RecentWorkspaces {

    private static final int KEPT = 10;
    private static final String SECTION = "recentWorkspaces"; //$NON-NLS-1$
    private static final String FOLDERS = "folders"; //$NON-NLS-1$

    private RecentWorkspaces() {
    }

    /** The recent folders that still exist. */
    public static synchronized List<Path> list() {
        String[] stored = section().getArray(FOLDERS);
        List<Path> folders = new ArrayList<>();
        for (String folder : stored == null ? new String[0] : stored) {
            Path path = Path.of(folder);
            if (Files.isDirectory(path)) {
                folders.add(path);
            }
        }
        return folders;
    }

    static synchronized void opened(Path folder) {
        List<String> folders = new ArrayList<>();
        folders.add(folder.toString());
        String[] stored = section().getArray(FOLDERS);
        for (String other : stored == null ? new String[0] : stored) {
            if (!other.equals(folder.toString()) && folders.size() < KEPT) {
                folders.add(other);
            }
        }
        section().put(FOLDERS, folders.toArray(String[]::new));
    }

    private static IDialogSettings section() {
        IDialogSettings settings = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(RecentWorkspaces.class))
                .getDialogSettings();
        IDialogSettings section = settings.getSection(SECTION);
        return section != null ? section : settings.addNewSection(SECTION);
    }
}
