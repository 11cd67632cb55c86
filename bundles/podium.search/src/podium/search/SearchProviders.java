/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import podium.plugins.registry.ContributionList;
import podium.plugins.registry.ContributionRegistry;
import podium.plugins.registry.Contributions;
import podium.plugins.registry.Contributor;
import podium.search.internal.Messages;

/**
 * The categories contributed to {@code podium.search.providers}, following the extension registry: a
 * plugin installed or stopped at run time adds or removes its categories. Contributions without an
 * id, a name or a class, or repeating an id, are skipped and listed in {@link #problems()}.
 *
 * @since 1.0
 */
public final class SearchProviders extends ContributionRegistry<SearchCategory> {

    /** The extension point's id. */
    public static final String EXTENSION_POINT_ID = "podium.search.providers"; //$NON-NLS-1$

    private static final SearchProviders DEFAULT = new SearchProviders(RegistryFactory.getRegistry());
    private static final int DEFAULT_ORDER = 1000;

    public SearchProviders(IExtensionRegistry registry) {
        super(new ContributionList<>(registry, EXTENSION_POINT_ID, "provider", SearchProviders::read, //$NON-NLS-1$
                (id, skipped, kept) -> NLS.bind(Messages.Providers_duplicate,
                        new Object[] {id, Contributions.contributor(skipped).label(), kept.contributor().label()})));
    }

    /** The providers of the running platform (none outside OSGi). */
    public static SearchProviders getDefault() {
        return DEFAULT;
    }

    /** Every valid category, in the popup's order. */
    public List<SearchCategory> categories() {
        return contributions.all().stream().sorted(Comparator.comparingInt(SearchCategory::order)).toList();
    }

    private static ContributionList.Read<SearchCategory> read(IConfigurationElement element) {
        Contributor contributor = Contributions.contributor(element);
        String id = Contributions.attribute(element, "id"); //$NON-NLS-1$
        String name = Contributions.attribute(element, "name"); //$NON-NLS-1$
        if (id == null || name == null || Contributions.attribute(element, "class") == null) { //$NON-NLS-1$
            return ContributionList.Read.skipped(NLS.bind(Messages.Providers_incomplete, contributor.label(), id));
        }
        int order = DEFAULT_ORDER;
        String orderText = Contributions.attribute(element, "order"); //$NON-NLS-1$
        if (orderText != null) {
            try {
                order = Integer.parseInt(orderText);
            } catch (NumberFormatException e) {
                return ContributionList.Read.skipped(NLS.bind(Messages.Providers_badOrder,
                        new Object[] {contributor.label(), id, orderText}));
            }
        }
        return ContributionList.Read.of(id, new SearchCategory(id, name, Contributions.attribute(element, "nameEn"), //$NON-NLS-1$
                order, contributor, () -> element.createExecutableExtension("class"))); //$NON-NLS-1$
    }
}
