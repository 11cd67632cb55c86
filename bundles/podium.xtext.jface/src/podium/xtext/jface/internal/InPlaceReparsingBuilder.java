/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.resource.IResourceDescription.Delta;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;

/**
 * Xtext's language-server builder, except that a changed file open in an editor is updated in place
 * by Xtext's partial parser ({@link InPlaceUpdate}, as Xtext's own Eclipse editor does) instead of
 * being unloaded and parsed again from scratch: a keystroke in a 10,000-line file reparses one
 * statement, not the file. Linking, indexing and validation stay the server's.
 * <p>
 * After a change, the project's other files are validated again too (not parsed or linked again), once the
 * changed ones have been and their problems published: rules over the whole workspace (PDM-T002, the
 * workspace's plan, series of actuals spread over files) give them other problems although nothing they link
 * to changed, and {@code podium validate} of the folder would report those. A keystroke that comes meanwhile
 * cancels that work; the next build finishes it ({@link WorkspaceRevalidation}).
 */
public class InPlaceReparsingBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

    @Override
    public IncrementalBuilder.Result launch() {
        IncrementalBuilder.Result result = super.launch();
        if (!getRequest().isIndexOnly()) {
            revalidateOthers(result);
        }
        return result;
    }

    private void revalidateOthers(IncrementalBuilder.Result result) {
        XtextResourceSet resourceSet = getRequest().getResourceSet();
        WorkspaceRevalidation revalidation = WorkspaceRevalidation.of(resourceSet);
        Set<URI> project = result.getIndexState().getResourceDescriptions().getAllURIs();
        if (!getRequest().getDirtyFiles().isEmpty() || !getRequest().getDeletedFiles().isEmpty()) {
            revalidation.othersChanged(project, result.getAffectedResources().stream().map(Delta::getUri).toList());
        }
        CancelIndicator cancel = getRequest().getCancelIndicator();
        for (URI uri : revalidation.pending(project)) {
            if (cancel.isCanceled()) {
                return;
            }
            try {
                Resource resource = load(resourceSet, uri);
                if (resource != null) {
                    validate(resource);
                }
            } catch (RuntimeException | OperationCanceledError e) {
                if (getOperationCanceledManager().isOperationCanceledException(e)) {
                    return; // still pending: the next build validates it
                }
                throw e;
            }
            revalidation.done(uri);
        }
    }

    /**
     * The file as the build left it, loaded if it is not; null when it cannot be read now (gone from the disk
     * meanwhile): the change event that follows builds it.
     */
    private Resource load(XtextResourceSet resourceSet, URI uri) {
        try {
            return resourceSet.getResource(uri, true);
        } catch (RuntimeException e) {
            if (getOperationCanceledManager().isOperationCanceledException(e)) {
                throw e;
            }
            return null;
        }
    }

    @Override
    protected void unloadResource(URI uri, Predicate<Resource> condition) {
        Resource loaded = getRequest().getResourceSet().getResource(uri, false);
        if (loaded == null || !condition.test(loaded)) {
            return; // what the server's own unloading would do: nothing
        }
        String text = getRequest().getDirtyFiles().contains(uri) ? openDocumentText(uri) : null;
        if (text == null || !(loaded instanceof XtextResource resource) || !InPlaceUpdate.apply(resource, text)) {
            super.unloadResource(uri, condition);
        }
    }

    /** The text of an open document (the server's content provider hands it over as a string), else null. */
    private String openDocumentText(URI uri) {
        InputStream in;
        try {
            in = getRequest().getResourceSet().getURIConverter().createInputStream(uri);
        } catch (IOException e) {
            return null;
        }
        if (in instanceof LazyStringInputStream string) {
            return string.getString(); // not closed: closing it would encode the whole text to bytes first
        }
        try {
            in.close();
        } catch (IOException e) {
            // a file stream we did not read; nothing is lost
        }
        return null;
    }
}
