/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.manager.internal;

import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

import podium.plugins.Dropins;

/** The running OSGi framework as the plugin manager needs it. */
public final class Framework {

    /** How long a refresh of the framework may take before the manager asks for a restart instead. */
    public static final long REFRESH_LIMIT_SECONDS = 60;

    private Framework() {
    }

    /** Whether a bundle of this name belongs to Podium itself (or the platform), not to a plugin folder. */
    public static boolean isPartOfPodium(String symbolicName) {
        for (Bundle bundle : context().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName()) && !bundle.getLocation().startsWith(Dropins.LOCATION_PREFIX)) {
                return true;
            }
        }
        return false;
    }

    /** Unloads a bundle now (its contributions leave the extension registry); false if it could not be. */
    public static boolean uninstall(Bundle bundle) {
        try {
            bundle.uninstall();
            return true;
        } catch (BundleException | IllegalStateException e) {
            return false;
        }
    }

    /**
     * Lets go of the old revisions of updated and uninstalled plugins, re-wiring the plugins that used
     * them; waits until the framework is done.
     *
     * @return false if the framework did not finish in time
     */
    public static boolean refreshRemoved() {
        FrameworkWiring wiring = context().getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkWiring.class);
        Collection<Bundle> pending = wiring.getRemovalPendingBundles();
        if (pending.isEmpty()) {
            return true;
        }
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(pending, event -> done.countDown());
        try {
            return done.await(REFRESH_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static BundleContext context() {
        return FrameworkUtil.getBundle(Framework.class).getBundleContext();
    }
}
