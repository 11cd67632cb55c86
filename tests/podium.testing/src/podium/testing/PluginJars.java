/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Plugins made in a test, to install at run time: a manifest and a plugin.xml, the classes imported from the test. */
public final class PluginJars {

    private PluginJars() {
    }

    /**
     * A plugin jar {@code symbolicName} 1.0.0 (a singleton, named {@code name}) whose plugin.xml is
     * {@code pluginXml} and which imports {@code importedPackage}, where the classes it names live.
     */
    public static byte[] withPluginXml(String symbolicName, String name, String importedPackage, String pluginXml)
            throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName + ";singleton:=true");
        main.putValue("Bundle-Name", name);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", importedPackage);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry("plugin.xml"));
            jar.write(pluginXml.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }
}
