/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
/** Podium workbench API for extension authors: tool window and command ids. */
package podium.ui;
