/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
/**
 * The one place that turns report values into text the way Chinese bulletins write them (万/亿,
 * 个百分点, 同比增长/下降, 第N位), or in English; used by every presentation and exporter.
 *
 * @since 1.0
 */
package podium.reports.api.format;
