/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
/**
 * The reports platform: the registries of the {@code podium.reports.reports} and
 * {@code podium.reports.exporters} extension points, running a report in isolation, resolving its
 * parameters and exporting its data atomically. Used by the workbench's 报表 tool window and by
 * {@code podium report}. See docs/extending.md.
 *
 * @since 1.0
 */
package podium.reports;
