/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Where a search happens: the workspace folder the user works in and its plans, loaded once for all
 * providers of one search.
 *
 * @since 1.0
 */
public interface SearchContext {

    /** The folder of the plans the user works on, if any is open. */
    Optional<Path> folder();

    /** The plans of {@link #folder()}, loaded and linked; empty when no folder is open. */
    Optional<ResourceSet> model();

    /** A context with no folder: only providers that need none (actions, settings, reports) find anything. */
    static SearchContext none() {
        return of(null, null);
    }

    static SearchContext of(Path folder, ResourceSet model) {
        return new SearchContext() {
            @Override
            public Optional<Path> folder() {
                return Optional.ofNullable(folder);
            }

            @Override
            public Optional<ResourceSet> model() {
                return Optional.ofNullable(model);
            }
        };
    }
}
