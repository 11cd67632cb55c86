/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide;


/**
 * Use this class to register ide components.
 */
public class PodiumIdeModule extends AbstractPodiumIdeModule {
}
