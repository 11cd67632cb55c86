/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
/**
 * Following an extension point the way Podium's registries do (reports, exporters, inspections):
 * contributions re-read lazily after the extension registry changes, bad ones skipped and named.
 */
package podium.plugins.registry;
