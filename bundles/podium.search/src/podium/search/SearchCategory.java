/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search;

import java.util.Objects;

import org.eclipse.core.runtime.CoreException;

import podium.plugins.registry.Contributions;
import podium.plugins.registry.Contributor;

/**
 * A category of Search Everywhere as contributed: its names, its place in the popup and the plugin
 * behind it; the provider is created on first use.
 *
 * @since 1.0
 */
public final class SearchCategory {

    /** Creates the provider; the registry passes the configuration element's own method. */
    @FunctionalInterface
    public interface Factory {
        Object create() throws CoreException;
    }

    private final String id;
    private final String name;
    private final String nameEn;
    private final int order;
    private final Contributor contributor;
    private final Factory factory;
    private SearchProvider provider;

    public SearchCategory(String id, String name, String nameEn, int order, Contributor contributor, Factory factory) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.nameEn = nameEn;
        this.order = order;
        this.contributor = Objects.requireNonNull(contributor);
        this.factory = Objects.requireNonNull(factory);
    }

    public String id() {
        return id;
    }

    /** The name in the user's language (Chinese first). */
    public String label() {
        return Contributions.localized(name, nameEn);
    }

    /** Categories are shown in ascending order; Podium's own use 10, 20, … 100. */
    public int order() {
        return order;
    }

    public Contributor contributor() {
        return contributor;
    }

    /** The provider, created once. */
    synchronized SearchProvider provider() throws Exception {
        if (provider == null) {
            Object created = factory.create();
            if (!(created instanceof SearchProvider searchProvider)) {
                throw new ClassCastException(created.getClass().getName() + " is not a " + SearchProvider.class.getName()); //$NON-NLS-1$
            }
            provider = searchProvider;
        }
        return provider;
    }

    @Override
    public String toString() {
        return id + " (" + contributor.id() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
