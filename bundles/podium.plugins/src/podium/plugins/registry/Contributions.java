/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.registry;

import java.net.URL;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;


/**
 * Reading contributions: who contributed them, their attributes and the resources they name.
 *
 * @since 0.1
 */
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

    /** The Chinese or the English text of a contribution, by the user's language; the other when one is missing. */
    public static String localized(String chinese, String english) {
        boolean zh = "zh".equals(Locale.getDefault().getLanguage()); //$NON-NLS-1$
        if (zh) {
            return chinese != null && !chinese.isBlank() ? chinese : english;
        }
        return english != null && !english.isBlank() ? english : chinese;
    }

    /** One line saying what went wrong in a contribution, for the user (the stack trace goes to the log). */
    public static String describe(Throwable e) {
        Throwable cause = e;
        if (cause instanceof CoreException core && core.getStatus().getException() != null) {
            cause = core.getStatus().getException();
        }
        while (cause.getCause() != null && cause.getCause() != cause && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        String type = cause.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message.strip(); //$NON-NLS-1$
    }

    /** A class of the contributing plugin, loaded (not instantiated), e.g. so that its annotations can be read. */
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
