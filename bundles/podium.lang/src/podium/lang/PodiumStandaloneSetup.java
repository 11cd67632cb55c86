/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang;


/**
 * Initialization support for running Xtext languages without Equinox extension registry.
 */
public class PodiumStandaloneSetup extends PodiumStandaloneSetupGenerated {

	public static void doSetup() {
		new PodiumStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
