/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.tests;

import java.util.List;

import podium.reports.api.Block;
import podium.reports.api.Heading;
import podium.reports.api.Paragraph;
import podium.reports.api.ReportData;

/** Reading report blocks in tests. */
final class Blocks {

    private Blocks() {
    }

    static List<String> headings(ReportData data) {
        return data.blocks().stream().filter(Heading.class::isInstance).map(Heading.class::cast)
                .map(h -> h.level() + " " + h.text()).toList();
    }

    static List<String> paragraphs(ReportData data, Paragraph.Style style) {
        return data.blocks().stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
                .filter(p -> p.style() == style).map(Paragraph::text).toList();
    }

    static String text(ReportData data) {
        return String.join("\n", data.blocks().stream().map(Blocks::text).toList());
    }

    private static String text(Block block) {
        if (block instanceof Heading h) {
            return h.text();
        }
        return block instanceof Paragraph p ? p.text() : "";
    }
}
