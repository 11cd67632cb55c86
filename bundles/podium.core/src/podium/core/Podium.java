/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.jar.Manifest;

/** Product-wide constants: name and version as built. */
public final class Podium {
    public static final String NAME = "Podium";

    private static String version;

    private Podium() {
    }

    /** The version of the podium.core bundle as built, e.g. {@code 0.1.0.202611251430}. */
    public static synchronized String version() {
        if (version == null) {
            version = readBundleVersion();
        }
        return version;
    }

    private static String readBundleVersion() {
        // The bundle's own manifest sits next to this class in the same jar or folder.
        URL classUrl = Podium.class.getResource("Podium.class");
        if (classUrl != null) {
            String url = classUrl.toString();
            String root = url.substring(0, url.length() - "podium/core/Podium.class".length());
            try (InputStream in = new URL(root + "META-INF/MANIFEST.MF").openStream()) {
                String v = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
                if (v != null) {
                    return v;
                }
            } catch (IOException e) {
                // fall through: running from an unusual layout
            }
        }
        return "unknown";
    }
}
