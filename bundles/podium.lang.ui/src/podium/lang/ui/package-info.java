/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
/**
 * What other parts of the workbench ask of the plan editor: which folder of plans the user works in
 * ({@link podium.lang.ui.PlanFolders}) and opening an element of a plan at its text
 * ({@link podium.lang.ui.ElementOpener}).
 *
 * @since 0.1
 */
package podium.lang.ui;
