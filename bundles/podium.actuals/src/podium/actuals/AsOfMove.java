/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals;

import podium.model.Plan;
import podium.model.time.Day;

/**
 * Imported rows for months after the plan's as-of date (each would be a PDM-A004 warning) and the move of the
 * date that would end them: to the last day of the latest imported month ({@link ActualsImporter#moveAsOf}).
 *
 * @param from  the plan's as-of date before the import
 * @param to    the last day of the latest month imported
 * @param rows  how many imported rows are for months after {@code from}
 * @param moved whether the plan's as-of date was set to {@code to} (in memory, saved with the import)
 */
public record AsOfMove(Plan plan, Day from, Day to, int rows, boolean moved) {
}
