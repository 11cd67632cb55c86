/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import podium.testing.UiWait;

/** Plan files nobody opened still get their problems in the Problems view: the server starts with the workbench. */
class UnopenedPlanProblemsTest {
    private IProject project;

    @AfterEach
    void deleteProject() throws CoreException {
        project.delete(true, true, null);
    }

    @Test
    void anUnopenedFileWithAnUnknownNameGetsAnErrorMarker() throws CoreException {
        UiWait.until("the language server started with the workbench", () -> PodiumLanguage.runningSession() != null);
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("unopened-test");
        project.create(null);
        project.open(null);
        IFile file = project.getFile("plan.podium");
        String text = """
                indicator 实际利用外资 "实际利用外资" unit 万美元 cumulative sum higher-better
                org 南阳市 "南阳市" city
                target 实际利用外资 不存在的县 2004: 确保 2800 力争 3200
                """;
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);

        // Markers are replaced as validation proceeds (a marker read while it is replaced reads as empty):
        // wait until the error markers are exactly the expected one.
        List<String> expected = List.of("3 PDM-L001 PDM-L001 unknown organisation '不存在的县'");
        AtomicReference<List<String>> seen = new AtomicReference<>(List.of());
        try {
            UiWait.until("exactly " + expected + " on the unopened file", () -> {
                seen.set(ProblemMarkers.errors(file).stream().filter(IMarker::exists).map(m -> m.getAttribute(IMarker.LINE_NUMBER, -1)
                        + " " + m.getAttribute(MarkerUpdater.CODE, "") + " " + m.getAttribute(IMarker.MESSAGE, "")).toList());
                return seen.get().equals(expected);
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the file's error markers were " + seen.get(), e);
        }
    }

}
