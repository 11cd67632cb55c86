/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import podium.plugins.registry.Contributor;
import podium.inspections.internal.ClasspathContributions;
import podium.plugins.registry.Contributions;
import podium.inspections.internal.Messages;
import podium.plugins.registry.ContributionList;
import podium.plugins.registry.PointWatcher;

/**
 * The catalogue: every inspection contributed to {@code podium.inspections.inspections}, Podium's own
 * and plugins', following the extension registry (a plugin installed or removed while Podium runs
 * adds or removes its inspections). A contribution whose class cannot be loaded, whose definition is
 * not acceptable or whose code is taken is skipped and listed in {@link #problems()}, naming the plugin.
 *
 * @since 1.0
 */
public final class InspectionRegistry {

    /** The extension point's id. */
    public static final String EXTENSION_POINT_ID = "podium.inspections.inspections"; //$NON-NLS-1$

    private static final InspectionRegistry DEFAULT = create();

    private final ContributionList<InspectionDescriptor> contributions;
    private final List<InspectionDescriptor> fixed;
    private final List<String> fixedProblems;

    InspectionRegistry(IExtensionRegistry registry) {
        this.contributions = new ContributionList<>(registry, EXTENSION_POINT_ID, "inspection", //$NON-NLS-1$
                InspectionRegistry::read, (code, skipped, kept) -> NLS.bind(Messages.Registry_duplicate,
                        new Object[] {code, Contributions.contributor(skipped).label(), kept.contributor().label()}));
        this.fixed = null;
        this.fixedProblems = List.of();
    }

    private InspectionRegistry(List<InspectionDescriptor> inspections, List<String> problems) {
        this.contributions = null;
        this.fixed = List.copyOf(inspections);
        this.fixedProblems = List.copyOf(problems);
    }

    /** In OSGi, the extension registry's; outside, the plugin.xml files on the class path. */
    private static InspectionRegistry create() {
        IExtensionRegistry registry;
        try {
            registry = RegistryFactory.getRegistry();
        } catch (LinkageError e) {
            registry = null; // the registry's classes are not even on the class path
        }
        if (registry != null) {
            return new InspectionRegistry(registry);
        }
        ClasspathContributions found = ClasspathContributions.read(InspectionRegistry.class.getClassLoader());
        return new InspectionRegistry(found.inspections(), found.problems());
    }

    /**
     * The registry of the running platform; outside OSGi, the inspections contributed by the
     * {@code plugin.xml} files on the class path (jars, or bundle folders put on it).
     */
    public static InspectionRegistry getDefault() {
        return DEFAULT;
    }

    /** A registry of exactly these inspections, e.g. for a tool that runs outside OSGi. */
    public static InspectionRegistry of(List<InspectionDescriptor> inspections) {
        return new InspectionRegistry(inspections, List.of());
    }

    /** Every valid inspection, in contribution order. */
    public List<InspectionDescriptor> inspections() {
        return fixed != null ? fixed : contributions.all();
    }

    /** The inspection with {@code code} (case-insensitive). */
    public Optional<InspectionDescriptor> inspection(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return inspections().stream().filter(i -> i.code().equals(wanted)).findFirst();
    }

    /** Why contributions were skipped, one line each naming the plugin. */
    public List<String> problems() {
        return fixed != null ? fixedProblems : contributions.problems();
    }

    /** {@code listener} runs (on the thread that changed the registry) whenever inspections come or go. */
    public void addChangeListener(Runnable listener) {
        if (contributions != null) {
            contributions.watcher().addListener(listener);
        }
    }

    public void removeChangeListener(Runnable listener) {
        if (contributions != null) {
            contributions.watcher().removeListener(listener);
        }
    }

    /** The point watcher, for tests that wait for a plugin's contributions. */
    PointWatcher watcher() {
        return contributions == null ? null : contributions.watcher();
    }

    private static ContributionList.Read<InspectionDescriptor> read(IConfigurationElement element) {
        Contributor contributor = Contributions.contributor(element);
        String className = Contributions.attribute(element, "class"); //$NON-NLS-1$
        if (className == null) {
            return ContributionList.Read.skipped(NLS.bind(Messages.Contribution_noClass, contributor.label()));
        }
        try {
            Class<?> type = Contributions.load(element, className);
            List<Class<?>> fixes = new ArrayList<>();
            for (IConfigurationElement fix : element.getChildren("quickfix")) { //$NON-NLS-1$
                String fixClass = Contributions.attribute(fix, "class"); //$NON-NLS-1$
                if (fixClass != null) {
                    fixes.add(Contributions.load(element, fixClass));
                }
            }
            InspectionDescriptor descriptor = InspectionDescriptor.of(type, contributor, fixes);
            return ContributionList.Read.of(descriptor.code(), descriptor);
        } catch (ClassNotFoundException | LinkageError e) {
            return ContributionList.Read.skipped(NLS.bind(Messages.Contribution_cannotLoad,
                    new Object[] {contributor.label(), className, Contributions.describe(e)}));
        } catch (IllegalArgumentException e) {
            return ContributionList.Read.skipped(NLS.bind(Messages.Registry_skipped,
                    new Object[] {contributor.label(), className, e.getMessage()}));
        }
    }
}
