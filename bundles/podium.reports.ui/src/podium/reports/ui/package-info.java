/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
/**
 * The workbench side of reports: {@link podium.reports.ui.ReportPresentation}, the optional SWT
 * presentation a report contributes for the 报表 tool window, and the
 * {@link podium.reports.ui.PresentationContext} the window gives it. See docs/reports-window.md.
 *
 * @since 1.0
 */
package podium.reports.ui;
