/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

import podium.model.PlanningFile;

/**
 * Xtext's namespace-aware scoping with the file-level scope (global index, imports, the file's own
 * names) built once per file and reference type instead of once per reference, which dominated
 * linking of large files. Nested elements still add their own layers exactly as Xtext does. The
 * cached scope lives as long as Xtext's own per-file caches (the visible containers of the global
 * scope among them): until the file changes; lookups in it go to the index at lookup time.
 */
public class FileLevelScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

    @Inject
    private IResourceScopeCache cache;

    @Override
    public IScope getScope(EObject context, EReference reference) {
        Resource resource = context.eResource();
        if (context.eContainer() != null && getQualifiedNameProvider().getFullyQualifiedName(context) == null) {
            // No name and no imports: Xtext's layer for this element would be its container's scope unchanged.
            return getScope(context.eContainer(), reference);
        }
        if (context.eContainer() != null || resource == null || resource.getContents().isEmpty()
                || resource.getContents().get(0) != context) {
            return super.getScope(context, reference);
        }
        return cache.get(Tuples.pair(FileLevelScopeProvider.class, reference), resource,
                () -> super.getScope(context, reference));
    }

    /** Only a file declares imports (the grammar has no nested import), so other elements need no search. */
    @Override
    protected List<ImportNormalizer> getImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
        return context instanceof PlanningFile ? super.getImportedNamespaceResolvers(context, ignoreCase) : List.of();
    }
}
