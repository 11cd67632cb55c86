/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import podium.plugins.registry.Contributor;
import podium.reports.api.ReportParameters;
import podium.plugins.registry.ContributionList;
import podium.plugins.registry.ContributionRegistry;
import podium.plugins.registry.Contributions;
import podium.reports.internal.Messages;

/**
 * The reports contributed to {@code podium.reports.reports}, following the extension registry: a
 * plugin installed or stopped at run time adds or removes its reports, and listeners hear of it.
 * Contributions that lack an id, a name or a producer, or repeat an id, are skipped and listed in
 * {@link #problems()}.
 *
 * @since 1.0
 */
public final class ReportRegistry extends ContributionRegistry<ReportDescriptor> {

    /** The extension point's id. */
    public static final String EXTENSION_POINT_ID = "podium.reports.reports"; //$NON-NLS-1$

    private static final ReportRegistry DEFAULT = new ReportRegistry(RegistryFactory.getRegistry());

    ReportRegistry(IExtensionRegistry registry) {
        super(new ContributionList<>(registry, EXTENSION_POINT_ID, "report", ReportRegistry::read, //$NON-NLS-1$
                (id, skipped, kept) -> NLS.bind(Messages.Registry_duplicateReport,
                        new Object[] {id, Contributions.contributor(skipped).label(), kept.contributor().label()})));
    }

    /** The registry of the running platform (empty outside OSGi). */
    public static ReportRegistry getDefault() {
        return DEFAULT;
    }

    /** Every valid report, in contribution order. */
    public List<ReportDescriptor> reports() {
        return contributions.all();
    }

    /** The report with {@code id}. */
    public Optional<ReportDescriptor> report(String id) {
        return contributions.first(r -> r.id().equals(id));
    }

    private static ContributionList.Read<ReportDescriptor> read(IConfigurationElement element) {
        Contributor contributor = Contributions.contributor(element);
        String id = Contributions.attribute(element, "id"); //$NON-NLS-1$
        String name = Contributions.attribute(element, "name"); //$NON-NLS-1$
        if (id == null || name == null || Contributions.attribute(element, ReportDescriptor.PRODUCER) == null) {
            return ContributionList.Read.skipped(NLS.bind(Messages.Registry_reportIncomplete, contributor.label(), id));
        }
        return ContributionList.Read.of(id, descriptor(element, id, name, contributor));
    }

    private static ReportDescriptor descriptor(IConfigurationElement element, String id, String name,
            Contributor contributor) {
        Set<ReportParameters.Kind> kinds = EnumSet.noneOf(ReportParameters.Kind.class);
        List<ReportOption> options = new ArrayList<>();
        for (IConfigurationElement child : element.getChildren()) {
            if ("parameter".equals(child.getName())) { //$NON-NLS-1$
                kind(Contributions.attribute(child, "kind")).ifPresent(kinds::add); //$NON-NLS-1$
            } else if ("option".equals(child.getName()) && Contributions.attribute(child, "id") != null) { //$NON-NLS-1$ //$NON-NLS-2$
                options.add(new ReportOption(Contributions.attribute(child, "id"), Contributions.attribute(child, "name"), //$NON-NLS-1$ //$NON-NLS-2$
                        Contributions.attribute(child, "nameEn"), //$NON-NLS-1$
                        Optional.ofNullable(Contributions.attribute(child, "type")).orElse(ReportOption.TEXT), //$NON-NLS-1$
                        Contributions.attribute(child, "default"))); //$NON-NLS-1$
            }
        }
        return new ReportDescriptor(id, name, Contributions.attribute(element, "nameEn"), //$NON-NLS-1$
                Contributions.attribute(element, "category"), Contributions.attribute(element, "categoryEn"), //$NON-NLS-1$ //$NON-NLS-2$
                Contributions.resource(element, "icon"), kinds, options, contributor, //$NON-NLS-1$
                Contributions.attribute(element, ReportDescriptor.PRESENTATION) != null,
                element::createExecutableExtension);
    }

    /** asOf → AS_OF, peerGroup → PEER_GROUP. */
    private static Optional<ReportParameters.Kind> kind(String attribute) {
        if (attribute == null) {
            return Optional.empty();
        }
        String constant = attribute.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            return Optional.of(ReportParameters.Kind.valueOf(constant));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
