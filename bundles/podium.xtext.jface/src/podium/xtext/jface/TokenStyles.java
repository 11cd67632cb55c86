/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import org.eclipse.jface.text.TextAttribute;

/**
 * How a highlighting style id (Xtext's {@code HighlightingStyles} ids or a language's own semantic
 * ids) looks on screen; a language's UI bundle supplies the colours.
 */
@FunctionalInterface
public interface TokenStyles {
    /** The attribute for a style id, or null to leave the text as it is. */
    TextAttribute attributeFor(String styleId);
}
