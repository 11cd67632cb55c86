/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.internal;

import org.eclipse.core.runtime.IConfigurationElement;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import podium.inspections.Contributor;

/** Reading contributions: who contributed them, their attributes and the classes they name. */
public final class Contributions {

    private Contributions() {
    }

    /** The contributing plugin, with its Bundle-Name when the bundle can be found. */
    public static Contributor contributor(IConfigurationElement element) {
        String id = element.getContributor().getName();
        Bundle bundle = bundle(id);
        String name = bundle == null ? null : bundle.getHeaders().get("Bundle-Name"); //$NON-NLS-1$
        return new Contributor(id, name);
    }

    /** An attribute, trimmed; null when absent or blank. */
    public static String attribute(IConfigurationElement element, String name) {
        String value = element.getAttribute(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A class of the contributing plugin, loaded (not instantiated) so that its definition can be read. */
    public static Class<?> load(IConfigurationElement element, String className) throws ClassNotFoundException {
        Bundle bundle = bundle(element.getContributor().getName());
        if (bundle == null) {
            throw new ClassNotFoundException(className);
        }
        return bundle.loadClass(className);
    }

    private static Bundle bundle(String symbolicName) {
        Bundle self = FrameworkUtil.getBundle(Contributions.class);
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
