/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang;


/**
 * Use this class to register components to be used at runtime / without the Equinox extension registry.
 */
public class PodiumRuntimeModule extends AbstractPodiumRuntimeModule {
}
