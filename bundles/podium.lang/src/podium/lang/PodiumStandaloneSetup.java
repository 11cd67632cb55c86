/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang;

import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

import podium.model.ModelPackage;

/** Sets the language up without the Equinox extension registry (CLI, tests, benchmarks). */
public class PodiumStandaloneSetup extends PodiumStandaloneSetupGenerated {

    public static void doSetup() {
        new PodiumStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        // The metamodel is podium.model's, which the generated setup does not register.
        EPackage.Registry.INSTANCE.putIfAbsent(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
        return super.createInjectorAndDoEMFRegistration();
    }
}
