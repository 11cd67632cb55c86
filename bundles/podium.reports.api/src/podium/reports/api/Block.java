/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.api;

/**
 * One piece of a report's content: a heading, a paragraph, a table or a chart.
 *
 * @since 1.0
 */
public sealed interface Block permits Heading, Paragraph, Table, Chart {
}
