/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import podium.lang.ui.PlanFolders;
import podium.search.SearchContext;
import podium.search.SearchItem;
import podium.search.SearchProvider;
import podium.search.SearchTarget;

/**
 * The files the user opened in editors, most recent first (Ctrl+E), kept across restarts in the
 * plugin's dialog settings. Files deleted since are left out.
 */
public final class RecentFiles implements SearchProvider {

    private static final int KEPT = 50;
    private static final String SECTION = "recentFiles"; //$NON-NLS-1$
    private static final String FILES = "files"; //$NON-NLS-1$
    private static final List<Path> RECENT = new ArrayList<>();
    private static boolean read;

    /** Records each editor the user activates. */
    static final IPartListener2 RECORDER = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof IEditorPart editor) {
                PlanFolders.file(editor.getEditorInput()).ifPresent(RecentFiles::opened);
            }
        }
    };

    @Override
    public void collect(SearchContext context, Consumer<SearchItem> items) {
        for (Path file : recent()) {
            if (Files.isRegularFile(file)) {
                Path parent = file.getParent();
                items.accept(new SearchItem(file.getFileName().toString(), parent == null ? "" : parent.toString(), //$NON-NLS-1$
                        List.of(pathAsKnown(file)), new SearchTarget.File(file)));
            }
        }
    }

    /**
     * The file's path as the explorer shows it, {@code 外贸出口/plan.podium}: a keyword, so that a folder's
     * name or its pinyin finds the files in it, ranked after a match of a file's own name. The path
     * inside the project, not the workspace path, which repeats the folder's name in the project
     * holding it ({@code LinkedFolders}); a file outside every opened folder: its folder and name.
     */
    static String pathAsKnown(Path file) {
        for (IFile resource : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri())) {
            if (resource.isAccessible()) {
                return resource.getProjectRelativePath().toString();
            }
        }
        Path parent = file.getParent();
        return parent == null || parent.getFileName() == null ? file.getFileName().toString()
                : parent.getFileName() + "/" + file.getFileName(); //$NON-NLS-1$
    }

    static synchronized List<Path> recent() {
        readOnce();
        return List.copyOf(RECENT);
    }

    static synchronized void opened(Path file) {
        readOnce();
        RECENT.remove(file);
        RECENT.add(0, file);
        while (RECENT.size() > KEPT) {
            RECENT.remove(RECENT.size() - 1);
        }
        IDialogSettings section = section();
        if (section != null) {
            section.put(FILES, RECENT.stream().map(Path::toString).toArray(String[]::new));
        }
    }

    private static void readOnce() {
        if (read) {
            return;
        }
        read = true;
        IDialogSettings section = section();
        String[] stored = section == null ? null : section.getArray(FILES);
        if (stored != null) {
            for (String file : stored) {
                RECENT.add(Path.of(file));
            }
        }
    }

    private static IDialogSettings section() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        IDialogSettings settings = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(RecentFiles.class))
                .getDialogSettings();
        IDialogSettings section = settings.getSection(SECTION);
        return section != null ? section : settings.addNewSection(SECTION);
    }
}
