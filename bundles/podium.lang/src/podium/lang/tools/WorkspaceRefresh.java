/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Injector;

/**
 * Parses changed files of a {@link PodiumWorkspace} again in place ({@link PodiumWorkspace#refresh()}),
 * with the files that link into them: a link that was followed holds the element it found, which the
 * new parse replaces. Every file's cached results (scopes, inspections' per-file facts) are dropped,
 * since some are computed over the whole workspace.
 */
final class WorkspaceRefresh {

    private final Injector injector;
    private final Collection<Resource> resources;

    WorkspaceRefresh(Injector injector, Collection<Resource> resources) {
        this.injector = injector;
        this.resources = resources;
    }

    /** The text a file was last parsed from. */
    static String parsedText(Resource resource) {
        XtextResource text = (XtextResource) resource;
        return text.getParseResult() == null ? null : text.getParseResult().getRootNode().getText();
    }

    /**
     * Parses each of {@code changed} from its new text and the files linking into them from their own;
     * false when a changed file now declares other names than before, or when that would be every file
     * (the caller starts anew).
     */
    boolean reparse(Map<XtextResource, String> changed) {
        Set<XtextResource> linking = linkingInto(changed.keySet());
        if (changed.size() + linking.size() == resources.size()) {
            return false; // every file would be parsed again: reading anew lets the old ones go first
        }
        Set<String> before = exportedNames(changed.keySet());
        try {
            for (Map.Entry<XtextResource, String> file : changed.entrySet()) {
                file.getKey().reparse(file.getValue());
            }
            for (XtextResource file : linking) {
                file.reparse(parsedText(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IResourceScopeCache cache = injector.getInstance(IResourceScopeCache.class);
        resources.forEach(cache::clear);
        return before.equals(exportedNames(changed.keySet()));
    }

    /** The names (with their kinds) that {@code files} declare to the other files. */
    private Set<String> exportedNames(Collection<XtextResource> files) {
        IResourceDescription.Manager manager = injector.getInstance(IResourceDescription.Manager.class);
        Set<String> names = new HashSet<>();
        for (XtextResource file : files) {
            for (IEObjectDescription exported : manager.getResourceDescription(file).getExportedObjects()) {
                names.add(file.getURI() + "\t" + exported.getEClass().getName() + "\t" + exported.getQualifiedName()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return names;
    }

    /**
     * The other files with a followed link into one of {@code files}, and those linking into them in
     * turn: parsing a file again replaces its elements, whether its text changed or not.
     */
    private Set<XtextResource> linkingInto(Collection<XtextResource> files) {
        Set<Resource> targets = new HashSet<>(files);
        Set<XtextResource> linking = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Resource resource : resources) {
                if (!targets.contains(resource) && linksInto(resource, targets)) {
                    linking.add((XtextResource) resource);
                    targets.add(resource);
                    grew = true;
                }
            }
        }
        return linking;
    }

    private static boolean linksInto(Resource resource, Set<Resource> targets) {
        for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            // the links as they are, without following those not followed yet (proxies hold no element)
            List<EObject> links = ((InternalEList<EObject>) all.next().eCrossReferences()).basicList();
            for (EObject target : links) {
                if (target != null && !((InternalEObject) target).eIsProxy() && targets.contains(target.eResource())) {
                    return true;
                }
            }
        }
        return false;
    }
}
