/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import podium.testing.UiWait;

/** The status bar names the plan of the active editor, its as-of date and its problem counts. */
class PlanStatusItemTest {
    private IProject project;

    @AfterEach
    void deleteProject() throws CoreException {
        window().getActivePage().closeAllEditors(false);
        project.delete(true, true, null);
    }

    private static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return window != null ? window : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    private static Optional<CLabel> statusItem() {
        Deque<Control> controls = new ArrayDeque<>();
        controls.add(window().getShell());
        while (!controls.isEmpty()) {
            Control control = controls.poll();
            if (control instanceof CLabel label && Messages.PlanStatus_tooltip.equals(label.getToolTipText())) {
                return Optional.of(label);
            }
            if (control instanceof Composite composite) {
                controls.addAll(java.util.List.of(composite.getChildren()));
            }
        }
        return Optional.empty();
    }

    @Test
    void theActivePlansTitleDateAndProblemsAreShown() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("status-test");
        project.create(null);
        project.open(null);
        IFile file = project.getFile("plan.podium");
        String text = """
                plan 状态计划 "2005年状态栏测试计划" period 2005 as-of 2005-06-30 for 甲市
                indicator 出口 "出口" unit 万美元 cumulative sum higher-better
                org 甲市 "甲市" city
                target 出口 乙县 2005: 确保 100 力争 120
                """;
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);

        IDE.openEditor(window().getActivePage(), file, true);

        // one error: 乙县 is no organisation of the plan
        String expected = "2005年状态栏测试计划 · as of 2005-06-30 · errors: 1 · warnings: 0";
        String[] shown = { null };
        try {
            UiWait.until("the status bar shows " + expected, () -> {
                shown[0] = statusItem().map(CLabel::getText).orElse(null);
                return expected.equals(shown[0]);
            });
        } catch (AssertionError e) {
            // what it showed instead tells a late plan reading from missing problem markers
            throw new AssertionError(e.getMessage() + "; it showed: " + shown[0], e);
        }
    }
}
