/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.api;

import java.util.Objects;

/**
 * A paragraph of running text. Prose is written by the producer (numbers in it formatted with
 * {@link podium.reports.api.format.Formats}); its style says how it is laid out.
 *
 * @since 1.0
 */
public record Paragraph(String text, Style style) implements Block {

    /**
     * How a paragraph is laid out.
     *
     * @since 1.0
     */
    public enum Style {
        /** Body text, first line indented two characters in official documents. */
        BODY,
        /** A remark in smaller type: notes under a table, what was left out. */
        NOTE,
        /** Flush right: the issuing office and the date under a bulletin. */
        SIGNATURE,
        /** Flush left without indent: the addressees (主送) of a bulletin. */
        ADDRESS
    }

    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }

    /** A body paragraph. */
    public static Paragraph of(String text) {
        return new Paragraph(text, Style.BODY);
    }
}
