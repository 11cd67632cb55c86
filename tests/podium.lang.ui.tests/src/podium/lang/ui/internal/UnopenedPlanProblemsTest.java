/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

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

        // markers are replaced as validation proceeds: wait for the final one, then check it is the only one
        UiWait.until("a PDM-L001 marker on the unopened file",
                () -> errors(file).stream().anyMatch(m -> "PDM-L001".equals(m.getAttribute(MarkerUpdater.CODE, ""))));
        assertThat(errors(file)).extracting(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) + " "
                + m.getAttribute(MarkerUpdater.CODE, "") + " " + m.getAttribute(IMarker.MESSAGE, ""))
                .containsExactly("3 PDM-L001 PDM-L001 unknown organisation '不存在的县'");
    }

    private static List<IMarker> errors(IFile file) {
        try {
            return Arrays.stream(file.findMarkers(MarkerUpdater.MARKER_TYPE, false, IResource.DEPTH_ZERO))
                    .filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
