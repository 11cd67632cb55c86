/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Starts every bundle of the product (both features) as the product would and fails on any
 * unresolved requirement, naming the bundle and what it misses.
 */
class BundleResolutionTest {

    private final BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();

    @Test
    void everyBundleResolves() {
        Bundle[] bundles = context.getBundles();
        context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(Arrays.asList(bundles));
        List<String> unresolved = new ArrayList<>();
        for (Bundle bundle : bundles) {
            if (bundle.getState() == Bundle.INSTALLED) {
                unresolved.add(bundle.getSymbolicName() + ": " + reasonNotResolved(bundle));
            }
        }
        assertThat(unresolved).as("bundles with unresolved requirements").isEmpty();
    }

    @Test
    void everyPodiumBundleStarts() throws BundleException {
        List<String> podiumBundles = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (isPodiumBundle(bundle) && !isFragment(bundle)) {
                bundle.start();
                assertThat(bundle.getState()).as(bundle.getSymbolicName()).isEqualTo(Bundle.ACTIVE);
                podiumBundles.add(bundle.getSymbolicName());
            }
        }
        assertThat(podiumBundles).contains("podium.core", "podium.cli", "podium.ui", "podium.branding");
    }

    @Test
    void everyOtherBundleStartsWithItsActivationPolicy() {
        List<String> failures = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (!isFragment(bundle) && bundle.getBundleId() != 0) {
                try {
                    bundle.start(Bundle.START_ACTIVATION_POLICY);
                } catch (BundleException | RuntimeException e) {
                    failures.add(bundle.getSymbolicName() + ": " + e.getMessage());
                }
            }
        }
        assertThat(failures).as("bundles that failed to start").isEmpty();
    }

    private static boolean isPodiumBundle(Bundle bundle) {
        String name = bundle.getSymbolicName();
        return name.startsWith("podium.") && !name.endsWith(".tests");
    }

    private static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    private static String reasonNotResolved(Bundle bundle) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
            return "resolves only when started";
        } catch (BundleException e) {
            return e.getMessage();
        }
    }
}
