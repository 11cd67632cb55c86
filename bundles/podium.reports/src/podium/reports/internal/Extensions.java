/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.internal;

import java.net.URL;

import org.eclipse.core.runtime.IConfigurationElement;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import podium.reports.Contributor;

/** Reading contributions: who contributed them and the resources they name. */
public final class Extensions {

    private Extensions() {
    }

    /** The contributing plugin, with its Bundle-Name when the bundle can be found. */
    public static Contributor contributor(IConfigurationElement element) {
        String id = element.getContributor().getName();
        Bundle bundle = bundle(id);
        String name = bundle == null ? null : bundle.getHeaders().get("Bundle-Name"); //$NON-NLS-1$
        return new Contributor(id, name);
    }

    /** A resource of the contributing bundle, e.g. its icon; null when absent or not given. */
    public static URL resource(IConfigurationElement element, String attribute) {
        String path = element.getAttribute(attribute);
        Bundle bundle = path == null ? null : bundle(element.getContributor().getName());
        return bundle == null ? null : bundle.getEntry(path);
    }

    /** An attribute, trimmed; null when absent or blank. */
    public static String attribute(IConfigurationElement element, String name) {
        String value = element.getAttribute(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Bundle bundle(String symbolicName) {
        Bundle self = FrameworkUtil.getBundle(Extensions.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context == null) {
            return null;
        }
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.UNINSTALLED) {
                return bundle;
            }
        }
        return null;
    }
}
