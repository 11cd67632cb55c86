/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
/**
 * The report data API: what a report producer returns and what presentations and exporters read.
 * Report data is typed, never formatted: tables of typed {@link podium.reports.api.Value}s, charts of
 * numbers and text blocks. Formatting happens in one place, {@link podium.reports.api.format.Formats}.
 * See docs/extending.md.
 *
 * @since 1.0
 */
package podium.reports.api;
