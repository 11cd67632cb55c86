/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The files of one project (the server keeps one resource set per project) still to be validated again because
 * another file changed: rules over the whole workspace (one target per indicator, organisation and period,
 * PDM-T002; the workspace's plan; a series of actuals spread over files) can change a file's problems although
 * nothing it links to changed, so Xtext's own choice of files to rebuild misses them. Kept on the resource set
 * from one build to the next, so that what a build could not finish (a keystroke cancelled it) is done by the
 * next one.
 */
final class WorkspaceRevalidation extends AdapterImpl {
    private final Set<URI> pending = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));

    /** The record of the project whose resource set this is, made on first use. */
    static WorkspaceRevalidation of(ResourceSet resourceSet) {
        for (Object adapter : resourceSet.eAdapters()) {
            if (adapter instanceof WorkspaceRevalidation found) {
                return found;
            }
        }
        WorkspaceRevalidation created = new WorkspaceRevalidation();
        resourceSet.eAdapters().add(created);
        return created;
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == WorkspaceRevalidation.class;
    }

    /** Every file of {@code project} except those a build just validated is to be validated again. */
    void othersChanged(Collection<URI> project, Collection<URI> validated) {
        pending.addAll(project);
        pending.removeAll(validated);
    }

    /** The files to validate again that are still in the project, in file-name order. */
    List<URI> pending(Collection<URI> project) {
        pending.retainAll(project);
        return List.copyOf(pending);
    }

    /** The ones whose problems are up to date again. */
    void done(URI uri) {
        pending.remove(uri);
    }
}
