/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import podium.reports.internal.Extensions;
import podium.reports.internal.Messages;
import podium.reports.internal.PointWatcher;

/**
 * The export formats contributed to {@code podium.reports.exporters}, following the extension
 * registry. Contributions without format id, extension, name or class, or repeating a format id,
 * are skipped and listed in {@link #problems()}.
 *
 * @since 1.0
 */
public final class ExporterRegistry {

    /** The extension point's id. */
    public static final String EXTENSION_POINT_ID = "podium.reports.exporters"; //$NON-NLS-1$

    private static final ExporterRegistry DEFAULT = new ExporterRegistry(RegistryFactory.getRegistry());

    private final PointWatcher watcher;
    private List<ExporterDescriptor> exporters = List.of();
    private List<String> problems = List.of();

    ExporterRegistry(IExtensionRegistry registry) {
        this.watcher = new PointWatcher(registry, EXTENSION_POINT_ID);
    }

    /** The registry of the running platform (empty outside OSGi). */
    public static ExporterRegistry getDefault() {
        return DEFAULT;
    }

    /** Every valid export format, in contribution order. */
    public synchronized List<ExporterDescriptor> exporters() {
        sync();
        return exporters;
    }

    /** The format with id {@code format} (case-insensitive). */
    public Optional<ExporterDescriptor> exporter(String format) {
        String id = format.toLowerCase(Locale.ROOT);
        return exporters().stream().filter(e -> e.format().equals(id)).findFirst();
    }

    /** Why contributions were skipped, one line each naming the plugin. */
    public synchronized List<String> problems() {
        sync();
        return problems;
    }

    public void addChangeListener(Runnable listener) {
        watcher.addListener(listener);
    }

    public void removeChangeListener(Runnable listener) {
        watcher.removeListener(listener);
    }

    private void sync() {
        if (!watcher.takeChange()) {
            return;
        }
        Map<String, ExporterDescriptor> byFormat = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (IConfigurationElement element : watcher.elements()) {
            if (!"exporter".equals(element.getName())) { //$NON-NLS-1$
                continue;
            }
            Contributor contributor = Extensions.contributor(element);
            String format = Extensions.attribute(element, "format"); //$NON-NLS-1$
            String extension = Extensions.attribute(element, "extension"); //$NON-NLS-1$
            String name = Extensions.attribute(element, "name"); //$NON-NLS-1$
            if (format == null || extension == null || name == null
                    || Extensions.attribute(element, ExporterDescriptor.CLASS) == null) {
                skipped.add(NLS.bind(Messages.Registry_exporterIncomplete, contributor.label(), format));
                continue;
            }
            format = format.toLowerCase(Locale.ROOT);
            if (byFormat.containsKey(format)) {
                skipped.add(NLS.bind(Messages.Registry_duplicateExporter,
                        new Object[] {format, contributor.label(), byFormat.get(format).contributor().label()}));
                continue;
            }
            byFormat.put(format, new ExporterDescriptor(format, extension, name,
                    Extensions.attribute(element, "nameEn"), //$NON-NLS-1$
                    Boolean.parseBoolean(Extensions.attribute(element, "text")), contributor, //$NON-NLS-1$
                    element::createExecutableExtension));
        }
        exporters = List.copyOf(byFormat.values());
        problems = List.copyOf(skipped);
    }
}
