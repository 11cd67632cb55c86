/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.browser;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

import podium.core.Problem;

/**
 * A model file as far as it could be read.
 *
 * @param resource the resource, holding the roots that were read (possibly none)
 * @param problems errors and warnings found while reading, empty when the file is sound
 */
public record LoadedModel(Resource resource, List<Problem> problems) {
}
