/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui;

import java.util.List;

/** Ids of the workbench's tool windows and of the commands that toggle them, for extension authors. */
public final class ToolWindows {
    public static final String EXPLORER = "podium.ui.views.explorer";
    public static final String PROBLEMS = "podium.ui.views.problems";
    public static final String OUTLINE = "podium.ui.views.outline";
    public static final String REPORTS = "podium.ui.views.reports";

    public static final String TOGGLE_EXPLORER = "podium.ui.commands.toggleExplorer";
    public static final String TOGGLE_PROBLEMS = "podium.ui.commands.toggleProblems";
    public static final String TOGGLE_OUTLINE = "podium.ui.commands.toggleOutline";
    public static final String TOGGLE_REPORTS = "podium.ui.commands.toggleReports";

    /** The Planning perspective that shows them all. */
    public static final String PLANNING_PERSPECTIVE = "podium.ui.perspective.planning";

    /** Every tool window, in the order of their shortcut numbers. */
    public static final List<String> ALL = List.of(EXPLORER, PROBLEMS, OUTLINE, REPORTS);

    private ToolWindows() {
    }
}
