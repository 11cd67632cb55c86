/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.launch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import podium.plugins.PluginFolders;

/**
 * What, besides the files, decides a command's result: the bundles of the installation (their names
 * carry the versions of Podium and of its built-in inspections) and every file of the plugin folders
 * (the contributed inspections' jars and which of them are disabled), by name, size and time. A
 * rebuild, an installed, updated, disabled or removed plugin each change it.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** The fingerprint of an installation folder (the one holding {@code plugins/}) with the user's plugin folders. */
    public static String of(Path installation, Map<String, String> environment) throws IOException {
        return of(installation, PluginFolders.of(installation.toUri().toString(), environment));
    }

    /** The fingerprint of an installation folder with these plugin folders. */
    public static String of(Path installation, List<Path> pluginFolders) throws IOException {
        Hashing hash = new Hashing().add("podium-fingerprint-1"); //$NON-NLS-1$
        hash.add(installation.toAbsolutePath().normalize().toString());
        listing(installation.resolve("plugins"), hash); //$NON-NLS-1$
        listing(installation.resolve("configuration"), hash); //$NON-NLS-1$
        for (Path folder : pluginFolders) {
            hash.add(folder.toAbsolutePath().normalize().toString());
            listing(folder, hash);
        }
        return hash.hex();
    }

    private static void listing(Path folder, Hashing hash) throws IOException {
        if (!Files.isDirectory(folder)) {
            hash.add("-"); //$NON-NLS-1$
            return;
        }
        Map<String, BasicFileAttributes> entries = new TreeMap<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path entry : stream) {
                entries.put(entry.getFileName().toString(), Files.readAttributes(entry, BasicFileAttributes.class));
            }
        }
        entries.forEach((name, attributes) -> hash.add(name).add(attributes.size())
                .add(attributes.lastModifiedTime().toMillis()).add(attributes.isDirectory() ? "d" : "f")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
