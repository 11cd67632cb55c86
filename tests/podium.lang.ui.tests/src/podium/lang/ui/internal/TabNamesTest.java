/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.testing.UiWait;

/** Two open plans with the same file name: each tab names its folder too, until one of them closes. */
class TabNamesTest {
    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void createProject() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("tab-names-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    private IFile plan(String folders) throws CoreException {
        IPath path = IPath.fromOSString(folders);
        for (int i = 1; i <= path.segmentCount(); i++) {
            IFolder folder = project.getFolder(path.uptoSegment(i));
            if (!folder.exists()) {
                folder.create(true, true, null);
            }
        }
        IFile file = project.getFile(path.append("plan.podium"));
        if (!file.exists()) {
            file.create(new ByteArrayInputStream("org 市 \"市\"\n".getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        }
        return file;
    }

    private IEditorPart open(IFile file) throws CoreException {
        IEditorPart editor = IDE.openEditor(page, file);
        assertThat(editor).isInstanceOf(PodiumEditor.class);
        return editor;
    }

    @Test
    void twoPlansNamedAlikeShowTheirFoldersAndThePlainNameReturnsWhenOneCloses() throws CoreException {
        IEditorPart trade = open(plan("外贸出口"));
        assertThat(trade.getTitle()).isEqualTo("plan.podium");
        String tradeTooltip = trade.getTitleToolTip();

        IEditorPart petitions = open(plan("信访"));

        assertThat(trade.getTitle()).isEqualTo("外贸出口/plan.podium");
        assertThat(petitions.getTitle()).isEqualTo("信访/plan.podium");
        assertThat(trade.getTitleToolTip()).isEqualTo(tradeTooltip)
                .isEqualTo(project.getLocation().append("外贸出口/plan.podium").toOSString());
        UiWait.until("the tabs show the folders", () -> tabTexts().containsAll(
                List.of("外贸出口/plan.podium", "信访/plan.podium")));

        page.closeEditor(petitions, false);

        assertThat(trade.getTitle()).isEqualTo("plan.podium");
        UiWait.until("the tab shows the plain name again", () -> tabTexts().contains("plan.podium"));
        assertThat(tabTexts()).doesNotContain("外贸出口/plan.podium");
    }

    @Test
    void foldersNamedAlikeTooShowAsManyFoldersAsTellThemApart() throws CoreException {
        IEditorPart city = open(plan("市/信访"));
        IEditorPart county = open(plan("县/信访"));
        IEditorPart trade = open(plan("外贸出口"));

        assertThat(city.getTitle()).isEqualTo("市/信访/plan.podium");
        assertThat(county.getTitle()).isEqualTo("县/信访/plan.podium");
        assertThat(trade.getTitle()).isEqualTo("外贸出口/plan.podium");
    }

    @Test
    void otherFileNamesAreLeftPlain() throws CoreException {
        IFile other = plan("外贸出口").getParent().getFile(IPath.fromOSString("orgs.podium"));
        if (!other.exists()) {
            other.create(new ByteArrayInputStream(new byte[0]), IResource.FORCE, null);
        }
        IEditorPart plan = open(plan("外贸出口"));
        IEditorPart orgs = open(other);

        assertThat(plan.getTitle()).isEqualTo("plan.podium");
        assertThat(orgs.getTitle()).isEqualTo("orgs.podium");
    }

    /** The texts of the editor area's tabs as SWT shows them. */
    private List<String> tabTexts() {
        List<String> texts = new ArrayList<>();
        collectTabs(page.getWorkbenchWindow().getShell(), texts);
        return texts;
    }

    private static void collectTabs(Control control, List<String> texts) {
        if (control instanceof CTabFolder folder) {
            for (CTabItem item : folder.getItems()) {
                texts.add(item.getText());
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTabs(child, texts);
            }
        }
    }
}
