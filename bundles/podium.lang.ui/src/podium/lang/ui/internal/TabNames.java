/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;

import podium.lang.ui.PlanFolders;

/**
 * Tells apart the tabs of plan editors whose files share a name, as IntelliJ does: while two of them
 * are open, each tab also shows its file's folder ({@code 外贸出口/plan.podium}); alone again, the
 * plain name.
 *
 * <p>The platform tells such editors apart only in its own Quick Switch Editor list (eclipse-platform
 * eclipse.platform.ui#304 asks for tabs and is open), so the plan editor sets its part name itself. The
 * open editors of the page are the one record of what is open; nothing here is kept between calls.
 * The folders are those on disk, as the user named them: the workspace path repeats the folder's name
 * in the project holding it.
 */
final class TabNames {
    private TabNames() {
    }

    /**
     * Names the plan editor tabs of {@code page} anew, with {@code opened} (whose reference may not
     * give it yet while it initialises) and without {@code closing} (may be null).
     */
    static void update(IWorkbenchPage page, PodiumEditor opened, PodiumEditor closing) {
        Set<PodiumEditor> editors = new LinkedHashSet<>();
        for (IEditorReference reference : page.getEditorReferences()) {
            if (reference.getEditor(false) instanceof PodiumEditor editor) {
                editors.add(editor);
            }
        }
        if (opened != null) {
            editors.add(opened);
        }
        editors.remove(closing);
        Map<String, List<PodiumEditor>> byName = new LinkedHashMap<>();
        for (PodiumEditor editor : editors) {
            if (editor.getEditorInput() != null) {
                byName.computeIfAbsent(editor.getEditorInput().getName(), name -> new ArrayList<>()).add(editor);
            }
        }
        byName.forEach(TabNames::name);
    }

    private static void name(String name, List<PodiumEditor> sameName) {
        Map<PodiumEditor, Path> folders = new LinkedHashMap<>();
        for (PodiumEditor editor : sameName) {
            Optional<Path> file = PlanFolders.file(editor.getEditorInput());
            folders.put(editor, file.map(Path::getParent).orElse(null));
        }
        Set<Path> distinct = new HashSet<>(folders.values());
        distinct.remove(null);
        folders.forEach((editor, folder) -> editor.showTabName(distinct.size() < 2 || folder == null ? name
                : NLS.bind(Messages.TabNames_inFolder, name, last(folder, depth(folder, distinct)))));
    }

    /**
     * How many of its last folder names tell {@code folder} apart from the {@code others}: one unless
     * another folder has the same name (市/信访 beside 县/信访), so each tab stays as short as it can.
     */
    private static int depth(Path folder, Set<Path> others) {
        for (int depth = 1; depth < folder.getNameCount(); depth++) {
            String label = last(folder, depth);
            int d = depth;
            if (others.stream().filter(other -> !other.equals(folder)).noneMatch(other -> last(other, d).equals(label))) {
                return depth;
            }
        }
        return folder.getNameCount();
    }

    /** The last {@code depth} names of {@code folder}, separated by '/' as in IntelliJ; all of them when it has fewer. */
    static String last(Path folder, int depth) {
        int count = folder.getNameCount();
        List<String> names = new ArrayList<>();
        for (int i = Math.max(0, count - depth); i < count; i++) {
            names.add(folder.getName(i).toString());
        }
        return names.isEmpty() ? folder.toString() : String.join("/", names); //$NON-NLS-1$
    }
}
