/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import org.eclipse.xtext.testing.IInjectorProvider;

import com.google.inject.Injector;

import podium.lang.tools.PodiumLanguage;

/** Gives Xtext's JUnit 5 {@code InjectionExtension} the headless language injector. */
public class PodiumInjectorProvider implements IInjectorProvider {

    @Override
    public Injector getInjector() {
        return PodiumLanguage.injector();
    }
}
