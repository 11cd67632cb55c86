/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
/**
 * The monthly bulletin (月度通报): {@link podium.reports.bulletin.BulletinReport} computes the month's
 * figures ({@link podium.reports.bulletin.Bulletin}, the data model its FreeMarker template reads) and turns
 * the template's text into report blocks. See docs/bulletin.md for the template convention.
 *
 * @since 1.0
 */
package podium.reports.bulletin;
