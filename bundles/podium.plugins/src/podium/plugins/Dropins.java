/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;

import podium.plugins.internal.Messages;

/**
 * Loads the plugin jars of the plugin folders into the running platform at start: new jars are
 * installed, changed ones updated, removed ones uninstalled, and all are started, so that their
 * reports, exporters and inspections reach the extension registry. A jar that is not a plugin, or a
 * plugin that cannot be resolved or started, is named with its error and breaks nothing else.
 */
public final class Dropins {

    /** Bundle locations of plugins loaded from a folder start with this, then the jar's absolute path. */
    public static final String LOCATION_PREFIX = "podium-plugin:"; //$NON-NLS-1$

    /** The problem of each jar at the last {@link #load}, by the jar's absolute path. */
    private static final Map<Path, String> PROBLEMS = new ConcurrentHashMap<>();

    private Dropins() {
    }

    /** Brings the installed plugins in line with the jars in {@code folders}; the problems, one line each. */
    public static List<String> load(List<Path> folders) {
        return load(folders, jar -> true);
    }

    /**
     * Brings the installed plugins in line with the jars in {@code folders} that {@code wanted} accepts;
     * the others (disabled plugins) are treated as absent: not loaded, or unloaded if they were.
     *
     * @return the problems, one line each; {@link #problem(Path)} gives them per jar
     */
    public static synchronized List<String> load(List<Path> folders, Predicate<Path> wanted) {
        BundleContext context = context();
        List<String> problems = new ArrayList<>();
        PROBLEMS.clear();
        Set<Path> jars = jars(folders, problems);
        jars.removeIf(wanted.negate());
        uninstallRemoved(context, jars, problems);
        List<Bundle> loaded = new ArrayList<>();
        for (Path jar : jars) {
            Bundle bundle = installOrUpdate(context, jar, problems);
            if (bundle != null) {
                loaded.add(bundle);
            }
        }
        context.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkWiring.class).resolveBundles(loaded);
        for (Bundle bundle : loaded) {
            start(bundle, problems);
        }
        return problems;
    }

    /** The problem that kept {@code jar} from loading or starting at the last {@link #load}, if any. */
    public static Optional<String> problem(Path jar) {
        return Optional.ofNullable(PROBLEMS.get(jar.toAbsolutePath().normalize()));
    }

    /** The bundle loaded from {@code jar}, if it is loaded. */
    public static Optional<Bundle> bundle(Path jar) {
        return Optional.ofNullable(context().getBundle(LOCATION_PREFIX + jar.toAbsolutePath().normalize()));
    }

    /** The plugins currently loaded from plugin folders. */
    public static List<Bundle> loaded() {
        BundleContext context = context();
        List<Bundle> result = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getLocation().startsWith(LOCATION_PREFIX)) {
                result.add(bundle);
            }
        }
        return result;
    }

    /** This bundle's context: the bundle is activated lazily, when this class is first used. */
    private static BundleContext context() {
        return FrameworkUtil.getBundle(Dropins.class).getBundleContext();
    }

    private static Set<Path> jars(List<Path> folders, List<String> problems) {
        Set<Path> jars = new TreeSet<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.jar")) { //$NON-NLS-1$
                entries.forEach(jar -> jars.add(jar.toAbsolutePath().normalize()));
            } catch (IOException e) {
                problems.add(NLS.bind(Messages.Dropins_cannotReadFolder, folder, e.getMessage()));
            }
        }
        return jars;
    }

    private static void uninstallRemoved(BundleContext context, Set<Path> jars, List<String> problems) {
        for (Bundle bundle : loaded()) {
            Path jar = Path.of(bundle.getLocation().substring(LOCATION_PREFIX.length()));
            if (!jars.contains(jar)) {
                try {
                    bundle.uninstall();
                } catch (BundleException | IllegalStateException e) {
                    record(problems, jar, NLS.bind(Messages.Dropins_cannotUninstall, jar.getFileName(), oneLine(e)));
                }
            }
        }
    }

    private static Bundle installOrUpdate(BundleContext context, Path jar, List<String> problems) {
        String location = LOCATION_PREFIX + jar;
        Bundle bundle = context.getBundle(location);
        try (InputStream in = Files.newInputStream(jar)) {
            if (bundle == null) {
                bundle = context.installBundle(location, in);
            } else if (Files.getLastModifiedTime(jar).toMillis() > bundle.getLastModified()) {
                bundle.update(in);
            }
        } catch (IOException | BundleException | IllegalStateException | SecurityException e) {
            record(problems, jar, NLS.bind(Messages.Dropins_cannotInstall, jar.getFileName(), oneLine(e)));
            return null;
        }
        if (bundle.getSymbolicName() == null) {
            record(problems, jar, NLS.bind(Messages.Dropins_notAPlugin, jar.getFileName()));
            uninstallQuietly(bundle);
            return null;
        }
        return bundle;
    }

    private static void start(Bundle bundle, List<String> problems) {
        if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
            return;
        }
        try {
            bundle.start(Bundle.START_ACTIVATION_POLICY);
        } catch (BundleException | IllegalStateException | SecurityException e) {
            Path jar = Path.of(bundle.getLocation().substring(LOCATION_PREFIX.length()));
            String why = e instanceof BundleException b && b.getType() == BundleException.RESOLVE_ERROR
                    ? missing(bundle).orElse(oneLine(e))
                    : oneLine(e);
            record(problems, jar, NLS.bind(Messages.Dropins_cannotStart, name(bundle), why));
        }
    }

    /**
     * What an unresolved plugin needs that nothing installed provides, in the user's words (OSGi's own
     * report is English and names internal bundle numbers); empty when every requirement has a provider,
     * as when a provider is itself unresolved.
     */
    private static Optional<String> missing(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        FrameworkWiring framework = context().getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        if (revision == null || framework == null) {
            return Optional.empty();
        }
        List<String> needed = new ArrayList<>();
        List<BundleRequirement> requirements = new ArrayList<>(revision.getDeclaredRequirements(null));
        // bundles, then packages, then the rest, whatever order the framework keeps them in
        requirements.sort(Comparator.comparingInt(r -> rank(r.getNamespace())));
        for (BundleRequirement requirement : requirements) {
            boolean optional = Constants.RESOLUTION_OPTIONAL.equals(requirement.getDirectives().get(Constants.RESOLUTION_DIRECTIVE));
            if (!optional && framework.findProviders(requirement).isEmpty()) {
                needed.add(describe(requirement));
            }
        }
        return needed.isEmpty() ? Optional.empty() : Optional.of(NLS.bind(Messages.Dropins_missing, String.join(", ", needed))); //$NON-NLS-1$
    }

    private static int rank(String namespace) {
        return BundleNamespace.BUNDLE_NAMESPACE.equals(namespace) ? 0 : PackageNamespace.PACKAGE_NAMESPACE.equals(namespace) ? 1 : 2;
    }

    private static String describe(BundleRequirement requirement) {
        String filter = requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, ""); //$NON-NLS-1$
        String namespace = requirement.getNamespace();
        Matcher name = Pattern.compile("\\(" + Pattern.quote(namespace) + "=([^)]*)\\)").matcher(filter); //$NON-NLS-1$ //$NON-NLS-2$
        if (name.find()) {
            if (BundleNamespace.BUNDLE_NAMESPACE.equals(namespace)) {
                return NLS.bind(Messages.Dropins_missingBundle, name.group(1));
            }
            if (PackageNamespace.PACKAGE_NAMESPACE.equals(namespace)) {
                return NLS.bind(Messages.Dropins_missingPackage, name.group(1));
            }
        }
        return namespace + ' ' + filter;
    }

    private static void record(List<String> problems, Path jar, String problem) {
        problems.add(problem);
        PROBLEMS.put(jar, problem);
    }

    private static String name(Bundle bundle) {
        String name = bundle.getHeaders().get(Constants.BUNDLE_NAME);
        String id = bundle.getSymbolicName();
        return name == null || name.equals(id) ? id : name + " (" + id + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void uninstallQuietly(Bundle bundle) {
        try {
            bundle.uninstall();
        } catch (BundleException | IllegalStateException e) {
            // it is not a plugin; nothing else depends on it
        }
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
