/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The seed every property runs with ({@code -Dpodium.fuzz.seed}): a number makes the short run in CI try
 * the same inputs each time, so that it fails on a change to Podium and not on the luck of a draw; the
 * long profile sets {@code random} and explores (what it finds is kept as a regression fixture, which the
 * short run then replays). Registered for every property in
 * {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 */
public final class SuiteSeed implements AroundPropertyHook {

    static final String PROPERTY = "podium.fuzz.seed";

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String seed = System.getProperty(PROPERTY, "random");
        if (!seed.equals("random") && context.attributes().seed().isEmpty()) {
            // one seed per property, so that two properties of the same generator do not try the same inputs
            long own = Long.parseLong(seed) * 31 + context.extendedLabel().hashCode();
            context.attributes().setSeed(Long.toString(own));
        }
        return property.execute();
    }
}
