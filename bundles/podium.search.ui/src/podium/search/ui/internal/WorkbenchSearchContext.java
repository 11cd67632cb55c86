/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.ui.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IWorkbenchPage;

import podium.lang.tools.WorkspaceModel;
import podium.lang.ui.PlanFolders;
import podium.search.SearchContext;

/**
 * The search context of a workbench page: the folder of plans the user works in and its plans,
 * loaded (with the editors' unsaved text) the first time a provider asks, on the provider's thread.
 */
final class WorkbenchSearchContext implements SearchContext {

    private final Path folder;
    private final Map<Path, String> unsaved;
    private ResourceSet model;
    private boolean loaded;

    private WorkbenchSearchContext(Path folder, Map<Path, String> unsaved) {
        this.folder = folder;
        this.unsaved = unsaved;
    }

    /** Reads what it needs of {@code page} now; call on the UI thread. */
    static WorkbenchSearchContext of(IWorkbenchPage page) {
        Path folder = page == null ? null : PlanFolders.locate(page).map(PlanFolders.Located::folder).orElse(null);
        return new WorkbenchSearchContext(folder, folder == null ? Map.of() : PlanFolders.unsavedTexts(page, folder));
    }

    @Override
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    @Override
    public synchronized Optional<ResourceSet> model() {
        if (!loaded && folder != null) {
            WorkspaceModel workspace = WorkspaceModel.load(folder, unsaved);
            EcoreUtil.resolveAll(workspace.resourceSet());
            model = workspace.resourceSet();
        }
        loaded = true;
        return Optional.ofNullable(model);
    }

    /** The model if a provider loaded it, without loading it. */
    synchronized ResourceSet loadedModel() {
        return model;
    }
}
