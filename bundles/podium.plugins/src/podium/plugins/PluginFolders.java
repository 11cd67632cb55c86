/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Where Podium finds extension plugins (bundle jars): the {@code dropins} folder of the installation
 * and the user's plugin folder {@code $XDG_DATA_HOME/podium/plugins} (by default
 * {@code ~/.local/share/podium/plugins}). {@code -Dpodium.plugins=DIR1:DIR2} replaces both.
 */
public final class PluginFolders {

    /** System property naming the plugin folders instead of the defaults. */
    public static final String PROPERTY = "podium.plugins"; //$NON-NLS-1$

    private PluginFolders() {
    }

    /** The plugin folders of the running installation and user. */
    public static List<Path> current() {
        BundleContext context = FrameworkUtil.getBundle(PluginFolders.class).getBundleContext();
        return of(context == null ? null : context.getProperty("osgi.install.area"), System.getenv()); //$NON-NLS-1$
    }

    /**
     * The plugin folders, the installation's first; they need not exist.
     *
     * @param installArea the value of {@code osgi.install.area} (a file URL), or null
     */
    public static List<Path> of(String installArea, Map<String, String> environment) {
        String configured = System.getProperty(PROPERTY);
        List<Path> folders = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            for (String dir : configured.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    folders.add(Path.of(dir.strip()));
                }
            }
            return folders;
        }
        Path install = installFolder(installArea);
        if (install != null) {
            folders.add(install.resolve("dropins")); //$NON-NLS-1$
        }
        folders.add(userFolder(environment));
        return folders;
    }

    /** The user's plugin folder, where {@code podium plugins install} and the docs put plugins. */
    public static Path userFolder(Map<String, String> environment) {
        String data = environment.get("XDG_DATA_HOME"); //$NON-NLS-1$
        Path base = data != null && !data.isBlank() ? Path.of(data)
                : Path.of(System.getProperty("user.home"), ".local", "share"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return base.resolve("podium").resolve("plugins"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Path installFolder(String installArea) {
        if (installArea == null || !installArea.startsWith("file:")) { //$NON-NLS-1$
            return null;
        }
        try {
            return Path.of(new URI(installArea.replace(" ", "%20"))); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(installArea.substring("file:".length())); //$NON-NLS-1$
        }
    }
}
