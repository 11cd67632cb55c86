/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.manager;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

import podium.core.io.AtomicFiles;
import podium.core.text.Counts;
import podium.core.text.Enumerations;
import podium.plugins.Dropins;
import podium.plugins.PluginFolders;
import podium.plugins.manager.Plugin.State;
import podium.plugins.manager.internal.Framework;
import podium.plugins.manager.internal.Messages;
import podium.plugins.manager.internal.PluginJar;
import podium.plugins.manager.internal.PluginSettings;

/**
 * Lists, installs, enables, disables and uninstalls the plugins of the plugin folders, in the running
 * Podium: a change loads or unloads the plugin at once, so its reports and formats appear or disappear
 * without a restart; a {@link PluginChange} says when a restart is needed all the same. Plugins are
 * installed into the user's plugin folder as {@code ID_VERSION.jar}; which plugins are disabled is kept
 * there in {@code podium-plugins.properties}. See docs/extending.md, "Installing a plugin".
 */
public final class PluginManager {

    /** The platform's extension point of views, whose restart note names views rather than the point. */
    private static final String VIEWS = "org.eclipse.ui.views"; //$NON-NLS-1$

    private final List<Path> folders;
    private final Path home;

    /**
     * @param folders the plugin folders, as {@link PluginFolders#current()} gives them
     * @param home    the folder plugins are installed into and the settings live in (added to the folders)
     */
    public PluginManager(List<Path> folders, Path home) {
        this.home = home.toAbsolutePath().normalize();
        List<Path> all = new ArrayList<>();
        folders.forEach(folder -> all.add(folder.toAbsolutePath().normalize()));
        if (!all.contains(this.home)) {
            all.add(this.home);
        }
        this.folders = List.copyOf(all);
    }

    /** The manager of the running Podium: the user's plugin folder, or the first folder of {@code -Dpodium.plugins}. */
    public static PluginManager current() {
        List<Path> folders = PluginFolders.current();
        String configured = System.getProperty(PluginFolders.PROPERTY);
        boolean custom = configured != null && !configured.isBlank() && !folders.isEmpty();
        return new PluginManager(folders, custom ? folders.get(0) : PluginFolders.userFolder(System.getenv()));
    }

    /** The folder plugins are installed into. */
    public Path home() {
        return home;
    }

    /** At start: loads the enabled plugins of the plugin folders; the problems, one line each. */
    public List<String> load() {
        List<String> problems = new ArrayList<>();
        Set<String> disabled;
        try {
            disabled = settings();
        } catch (PluginException e) {
            problems.add(e.getMessage());
            disabled = Set.of();
        }
        problems.addAll(Dropins.load(folders, wanted(disabled)));
        return problems;
    }

    /** The plugins in the plugin folders, enabled or not, loaded or not, in folder and file order. */
    public List<Plugin> list() throws PluginException {
        Set<String> disabled = settings();
        return jars().stream().map(jar -> describe(jar, disabled)).toList();
    }

    /**
     * Installs the plugin jar {@code source}, or the plugins of the p2 repository folder {@code source}
     * ({@code plugins/*.jar}, Podium's own bundles left out), and loads them.
     *
     * @param force whether an older version may replace a newer one
     */
    public PluginChange install(Path source, boolean force) throws PluginException {
        if (!Files.exists(source)) {
            throw new PluginException(PluginCodes.NO_SUCH_FILE, NLS.bind(Messages.PluginManager_noSuchFile, source));
        }
        List<String> notes = new ArrayList<>();
        boolean repository = Files.isDirectory(source);
        List<PluginJar> candidates = repository ? fromRepository(source, notes) : List.of(fromJar(source));
        List<PluginJar> installed = jars();
        checkReplaceable(candidates, installed, force);
        List<Path> targets = new ArrayList<>();
        for (PluginJar candidate : candidates) {
            targets.add(put(candidate, installed));
        }
        Set<String> disabled = settings();
        if (disabled.removeAll(candidates.stream().map(PluginJar::id).toList())) {
            saveSettings(disabled);
        }
        List<PluginJar> placed = targets.stream().map(PluginJar::read).toList();
        String summary = repository
                ? Counts.format(Messages.PluginManager_installedFromRepository, placed.size(), source)
                : NLS.bind(Messages.PluginManager_installed, placed.get(0).label());
        return apply(summary, placed, disabled, notes, false);
    }

    /** Enables a disabled plugin and loads it. */
    public PluginChange enable(String id) throws PluginException {
        List<PluginJar> jars = jarsOf(id);
        Set<String> disabled = settings();
        if (!disabled.remove(id)) {
            return unchanged(NLS.bind(Messages.PluginManager_alreadyEnabled, jars.get(0).label()), jars, disabled);
        }
        saveSettings(disabled);
        return apply(NLS.bind(Messages.PluginManager_enabled, jars.get(0).label()), jars, disabled, new ArrayList<>(), false);
    }

    /** Disables a plugin: it is unloaded now and not loaded at the next starts, until enabled. */
    public PluginChange disable(String id) throws PluginException {
        List<PluginJar> jars = jarsOf(id);
        Set<String> disabled = settings();
        if (!disabled.add(id)) {
            return unchanged(NLS.bind(Messages.PluginManager_alreadyDisabled, jars.get(0).label()), jars, disabled);
        }
        saveSettings(disabled);
        return apply(NLS.bind(Messages.PluginManager_disabled, jars.get(0).label()), jars, disabled, new ArrayList<>(), false);
    }

    /** Unloads a plugin and deletes its jar from the plugin folder. */
    public PluginChange uninstall(String id) throws PluginException {
        return uninstall(id, Path::toString);
    }

    /**
     * Unloads a plugin and deletes its jar from the plugin folder, which the summary writes as {@code shown}
     * writes it (a command: relative to its working directory).
     */
    public PluginChange uninstall(String id, Function<Path, String> shown) throws PluginException {
        List<PluginJar> jars = jarsOf(id);
        for (PluginJar jar : jars) {
            checkWritable(jar);
        }
        for (PluginJar jar : jars) {
            try {
                Files.delete(jar.path());
            } catch (IOException e) {
                throw new PluginException(PluginCodes.IO,
                        NLS.bind(Messages.PluginManager_cannotWrite, jar.path().getParent(), e.getMessage()));
            }
        }
        Set<String> disabled = settings();
        if (disabled.remove(id)) {
            saveSettings(disabled);
        }
        String summary = NLS.bind(Messages.PluginManager_uninstalled, jars.get(0).label(), shown.apply(jars.get(0).path().getParent()));
        return apply(summary, jars, disabled, new ArrayList<>(), true);
    }

    /** Brings the running framework in line with the folders and says what the change did. */
    private PluginChange apply(String summary, List<PluginJar> concerned, Set<String> disabled, List<String> notes,
            boolean removed) {
        Dropins.load(folders, wanted(disabled));
        boolean refreshed = Framework.refreshRemoved();
        Dropins.load(folders, wanted(disabled));
        boolean restart = restartNotes(concerned, notes);
        if (!refreshed) {
            notes.add(NLS.bind(Messages.PluginManager_restartRefresh, Framework.REFRESH_LIMIT_SECONDS));
            restart = true;
        }
        List<Plugin> plugins = removed ? List.of() : concerned.stream().map(jar -> describe(jar, disabled)).toList();
        return new PluginChange(summary, plugins, List.copyOf(notes), restart);
    }

    private PluginChange unchanged(String summary, List<PluginJar> jars, Set<String> disabled) {
        return new PluginChange(summary, jars.stream().map(jar -> describe(jar, disabled)).toList(), List.of(), false);
    }

    /** Adds why the change needs a restart, if it does. */
    private static boolean restartNotes(List<PluginJar> concerned, List<String> notes) {
        boolean restart = false;
        for (PluginJar jar : concerned) {
            List<String> points = new ArrayList<>(jar.pointsNeedingRestart());
            if (points.remove(VIEWS)) {
                // said in the user's words: views are what they would look for in the workbench
                notes.add(NLS.bind(Messages.PluginManager_restartViews, jar.label()));
                restart = true;
            }
            if (!points.isEmpty()) {
                notes.add(NLS.bind(Messages.PluginManager_restartPoints, jar.label(), Enumerations.join(points)));
                restart = true;
            }
            if (jar.fragment()) {
                notes.add(NLS.bind(Messages.PluginManager_restartFragment, jar.label()));
                restart = true;
            }
        }
        return restart;
    }

    private Plugin describe(PluginJar jar, Set<String> disabled) {
        boolean removable = Files.isWritable(jar.path().getParent());
        if (!jar.valid()) {
            String file = jar.path().getFileName().toString();
            return new Plugin(file, "", file, null, null, State.FAILED, jar.problem(), jar.path(), removable); //$NON-NLS-1$
        }
        State state;
        String error = null;
        if (disabled.contains(jar.id())) {
            state = State.DISABLED;
        } else {
            Optional<Bundle> bundle = Dropins.bundle(jar.path());
            Optional<String> problem = Dropins.problem(jar.path());
            int loaded = bundle.map(Bundle::getState).orElse(Bundle.UNINSTALLED);
            if (loaded == Bundle.ACTIVE || loaded == Bundle.STARTING) {
                state = State.ACTIVE;
            } else if (loaded == Bundle.RESOLVED && problem.isEmpty()) {
                state = State.RESOLVED;
            } else {
                state = State.FAILED;
                error = problem.orElse(bundle.isEmpty() ? Messages.PluginManager_notLoaded : Messages.PluginManager_unresolved);
            }
        }
        return new Plugin(jar.id(), jar.version().toString(), jar.name() == null ? jar.id() : jar.name(), jar.vendor(),
                jar.description(), state, error, jar.path(), removable);
    }

    /** The jars of the plugin {@code id}; refuses Podium's own bundles and unknown ids. */
    private List<PluginJar> jarsOf(String id) throws PluginException {
        List<PluginJar> jars = jars().stream().filter(jar -> id.equals(jar.id())).toList();
        if (!jars.isEmpty()) {
            return jars;
        }
        if (Framework.isPartOfPodium(id)) {
            throw new PluginException(PluginCodes.PART_OF_PODIUM, NLS.bind(Messages.PluginManager_partOfPodium, id));
        }
        throw new PluginException(PluginCodes.UNKNOWN_PLUGIN, NLS.bind(Messages.PluginManager_unknown, id));
    }

    private List<PluginJar> jars() throws PluginException {
        List<PluginJar> jars = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.jar")) { //$NON-NLS-1$
                entries.forEach(files::add);
            } catch (IOException e) {
                throw new PluginException(PluginCodes.IO, NLS.bind(Messages.PluginManager_cannotRead, folder, e.getMessage()));
            }
            files.stream().sorted().forEach(file -> jars.add(PluginJar.read(file)));
        }
        return jars;
    }

    private static PluginJar fromJar(Path source) throws PluginException {
        PluginJar jar = PluginJar.read(source);
        if (!jar.valid()) {
            throw new PluginException(PluginCodes.NOT_A_PLUGIN, jar.problem());
        }
        if (Framework.isPartOfPodium(jar.id())) {
            throw new PluginException(PluginCodes.PART_OF_PODIUM, NLS.bind(Messages.PluginManager_partOfPodium, jar.id()));
        }
        return jar;
    }

    /** The newest version of each plugin in a p2 repository's {@code plugins} folder, Podium's own bundles left out. */
    private static List<PluginJar> fromRepository(Path repository, List<String> notes) throws PluginException {
        Path plugins = repository.resolve("plugins"); //$NON-NLS-1$
        if (!Files.isDirectory(plugins)) {
            throw new PluginException(PluginCodes.NOTHING_TO_INSTALL, NLS.bind(Messages.PluginManager_notARepository, repository));
        }
        Map<String, PluginJar> newest = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(plugins, "*.jar")) { //$NON-NLS-1$
            entries.forEach(files::add);
        } catch (IOException e) {
            throw new PluginException(PluginCodes.IO, NLS.bind(Messages.PluginManager_cannotRead, plugins, e.getMessage()));
        }
        files.sort(null);
        for (Path file : files) {
            PluginJar jar = PluginJar.read(file);
            if (!jar.valid()) {
                notes.add(NLS.bind(Messages.PluginManager_skipped, jar.problem()));
            } else if (Framework.isPartOfPodium(jar.id())) {
                notes.add(NLS.bind(Messages.PluginManager_skippedPodium, jar.label()));
            } else if (!jar.source()) {
                newest.merge(jar.id(), jar, (a, b) -> a.version().compareTo(b.version()) >= 0 ? a : b);
            }
        }
        if (newest.isEmpty()) {
            throw new PluginException(PluginCodes.NOTHING_TO_INSTALL, NLS.bind(Messages.PluginManager_emptyRepository, repository));
        }
        return List.copyOf(newest.values());
    }

    /** Refuses, before anything changes, to replace a newer version (unless forced) or a plugin the user cannot remove. */
    private static void checkReplaceable(List<PluginJar> candidates, List<PluginJar> installed, boolean force)
            throws PluginException {
        List<String> newer = new ArrayList<>();
        for (PluginJar candidate : candidates) {
            for (PluginJar old : installed) {
                if (candidate.id().equals(old.id())) {
                    checkWritable(old);
                    if (!force && old.version().compareTo(candidate.version()) > 0) {
                        newer.add(NLS.bind(Messages.PluginManager_newerInstalled, old.label(), candidate.version()));
                    }
                }
            }
        }
        if (!newer.isEmpty()) {
            throw new PluginException(PluginCodes.NEWER_INSTALLED, String.join(" ", newer) + " " //$NON-NLS-1$ //$NON-NLS-2$
                    + Messages.PluginManager_nothingChangedUseForce);
        }
    }

    private static void checkWritable(PluginJar jar) throws PluginException {
        if (!Files.isWritable(jar.path().getParent())) {
            throw new PluginException(PluginCodes.READ_ONLY,
                    NLS.bind(Messages.PluginManager_readOnly, jar.label(), jar.path().getParent()));
        }
    }

    /** Copies a plugin into the home folder as {@code ID_VERSION.jar}, removing its other versions. */
    private Path put(PluginJar candidate, List<PluginJar> installed) throws PluginException {
        Path target = home.resolve(candidate.id() + '_' + candidate.version() + ".jar"); //$NON-NLS-1$
        try {
            if (!candidate.path().equals(target)) {
                Dropins.bundle(target).ifPresent(Framework::uninstall); // a reinstall: loaded afresh
                AtomicFiles.write(target, out -> Files.copy(candidate.path(), out));
                Files.deleteIfExists(AtomicFiles.backupOf(target));
            }
            for (PluginJar old : installed) {
                if (candidate.id().equals(old.id()) && !old.path().equals(target)) {
                    Files.delete(old.path());
                }
            }
        } catch (IOException e) {
            throw new PluginException(PluginCodes.IO, NLS.bind(Messages.PluginManager_cannotWrite, home, e.getMessage()));
        }
        return target;
    }

    private Set<String> settings() throws PluginException {
        try {
            return PluginSettings.disabled(home);
        } catch (IOException e) {
            throw new PluginException(PluginCodes.IO,
                    NLS.bind(Messages.PluginManager_cannotRead, home.resolve(PluginSettings.FILE), e.getMessage()));
        }
    }

    private void saveSettings(Set<String> disabled) throws PluginException {
        try {
            PluginSettings.write(home, disabled);
        } catch (IOException e) {
            throw new PluginException(PluginCodes.IO, NLS.bind(Messages.PluginManager_cannotWrite, home, e.getMessage()));
        }
    }

    /** Jars of disabled plugins are left out; a jar that is not a plugin is kept, so that Dropins names its problem. */
    private static Predicate<Path> wanted(Set<String> disabled) {
        Set<String> off = new TreeSet<>(disabled);
        return jar -> {
            PluginJar plugin = PluginJar.read(jar);
            return !plugin.valid() || !off.contains(plugin.id());
        };
    }
}
