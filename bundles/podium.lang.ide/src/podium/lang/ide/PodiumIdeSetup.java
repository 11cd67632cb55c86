/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.eclipse.xtext.util.Modules2;
import podium.lang.PodiumRuntimeModule;
import podium.lang.PodiumStandaloneSetup;

/**
 * Initialization support for running Xtext languages as language servers.
 */
public class PodiumIdeSetup extends PodiumStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new PodiumRuntimeModule(), new PodiumIdeModule()));
	}
	
}
