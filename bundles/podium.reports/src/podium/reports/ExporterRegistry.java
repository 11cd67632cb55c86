/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import podium.plugins.registry.Contributor;
import podium.plugins.registry.ContributionList;
import podium.plugins.registry.ContributionRegistry;
import podium.plugins.registry.Contributions;
import podium.reports.internal.Messages;

/**
 * The export formats contributed to {@code podium.reports.exporters}, following the extension
 * registry. Contributions without format id, extension, name or class, or repeating a format id,
 * are skipped and listed in {@link #problems()}.
 *
 * @since 1.0
 */
public final class ExporterRegistry extends ContributionRegistry<ExporterDescriptor> {

    /** The extension point's id. */
    public static final String EXTENSION_POINT_ID = "podium.reports.exporters"; //$NON-NLS-1$

    private static final ExporterRegistry DEFAULT = new ExporterRegistry(RegistryFactory.getRegistry());

    ExporterRegistry(IExtensionRegistry registry) {
        super(new ContributionList<>(registry, EXTENSION_POINT_ID, "exporter", ExporterRegistry::read, //$NON-NLS-1$
                (format, skipped, kept) -> NLS.bind(Messages.Registry_duplicateExporter,
                        new Object[] {format, Contributions.contributor(skipped).label(), kept.contributor().label()})));
    }

    /** The registry of the running platform (empty outside OSGi). */
    public static ExporterRegistry getDefault() {
        return DEFAULT;
    }

    /** Every valid export format, in contribution order. */
    public List<ExporterDescriptor> exporters() {
        return contributions.all();
    }

    /** The format with id {@code format} (case-insensitive). */
    public Optional<ExporterDescriptor> exporter(String format) {
        String id = format.toLowerCase(Locale.ROOT);
        return contributions.first(e -> e.format().equals(id));
    }

    private static ContributionList.Read<ExporterDescriptor> read(IConfigurationElement element) {
        Contributor contributor = Contributions.contributor(element);
        String format = Contributions.attribute(element, "format"); //$NON-NLS-1$
        String extension = Contributions.attribute(element, "extension"); //$NON-NLS-1$
        String name = Contributions.attribute(element, "name"); //$NON-NLS-1$
        if (format == null || extension == null || name == null
                || Contributions.attribute(element, ExporterDescriptor.CLASS) == null) {
            return ContributionList.Read.skipped(NLS.bind(Messages.Registry_exporterIncomplete, contributor.label(), format));
        }
        String id = format.toLowerCase(Locale.ROOT);
        return ContributionList.Read.of(id, new ExporterDescriptor(id, extension, name,
                Contributions.attribute(element, "nameEn"), //$NON-NLS-1$
                Boolean.parseBoolean(Contributions.attribute(element, "text")), contributor, //$NON-NLS-1$
                element::createExecutableExtension));
    }
}
