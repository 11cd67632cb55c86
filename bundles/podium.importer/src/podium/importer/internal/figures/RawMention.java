/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.math.BigDecimal;

import podium.importer.MentionKind;

/**
 * A number kept out of the figures, located by offsets in the speech text.
 *
 * @param anchor where the number starts; its line is the mention's line
 */
public record RawMention(MentionKind kind, int anchor, int quoteStart, int quoteEnd, BigDecimal value, String unit) {
}
