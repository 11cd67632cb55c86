/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.api;

import java.util.List;
import java.util.Objects;

/**
 * What a report produces: a title, the parameters it was produced for (shown above its content),
 * the content blocks in reading order and what it had to leave out.
 *
 * @param reportId   the id of the report that produced it
 * @param title      e.g. 2004年1-8月目标进度
 * @param parameters as shown to the reader, e.g. 截至月份 = 2004-08
 * @param blocks     headings, paragraphs, tables and charts in reading order
 * @param omissions  what the report left out and why (units without data, elements with errors)
 * @since 1.0
 */
public record ReportData(String reportId, String title, List<Parameter> parameters, List<Block> blocks,
        List<String> omissions) {

    public ReportData {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(title, "title");
        parameters = List.copyOf(parameters);
        blocks = List.copyOf(blocks);
        omissions = List.copyOf(omissions);
    }

    /**
     * A parameter as the reader sees it.
     *
     * @since 1.0
     */
    public record Parameter(String label, String value) {

        public Parameter {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The tables, in reading order. */
    public List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    /** The charts, in reading order. */
    public List<Chart> charts() {
        return blocks.stream().filter(Chart.class::isInstance).map(Chart.class::cast).toList();
    }

    /** Whether the report has running text (headings or paragraphs), as a bulletin has. */
    public boolean hasText() {
        return blocks.stream().anyMatch(b -> b instanceof Heading || b instanceof Paragraph);
    }
}
