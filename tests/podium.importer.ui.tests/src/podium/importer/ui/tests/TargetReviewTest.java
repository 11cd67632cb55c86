/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.importer.ImportedSpeech;
import podium.importer.SpeechImporter;
import podium.importer.TargetProposal;
import podium.importer.TargetProposals;
import podium.importer.model.PlanTargets;
import podium.importer.ui.internal.targets.TargetReviewDialog;
import podium.lang.tools.PodiumWorkspace;
import podium.testing.ModalDialogs;
import podium.testing.UiWait;

/** Targets proposed from a speech's guarantee/strive figures, reviewed in the dialog and written into a plan. */
class TargetReviewTest {

    private IProject project;
    private IFile plan;
    private ImportedSpeech speech;

    @BeforeEach
    void setUp() throws Exception {
        project = Fixtures.project("target-review");
        plan = Fixtures.write(project, "plan.podium", Fixtures.PLAN);
        speech = new SpeechImporter().importText("speech.txt", Fixtures.SPEECH).speeches().get(0);
    }

    @AfterEach
    void tearDown() throws Exception {
        project.delete(true, true, null);
    }

    @Test
    void aGuaranteeAndTheStriveAfterItAreOneProposal() {
        List<TargetProposal> proposals = TargetProposals.of(speech);
        TargetProposal fdi = proposals.stream().filter(p -> p.guarantee() != null
                && new BigDecimal("2800").equals(p.guarantee())).findFirst().orElseThrow(() -> new AssertionError(proposals));
        assertThat(fdi.strive()).isNotNull();
        assertThat(fdi.strive()).isEqualByComparingTo("3200");
        assertThat(fdi.indicator()).contains("实际利用外资");
        assertThat(proposals).noneMatch(p -> p.sources().get(0).value() == null);
    }

    @Test
    void theDialogAcceptsWhatThePlanCanTakeAndRejectsUnknownIndicators() {
        List<TargetProposal> proposals = TargetProposals.of(speech);
        TargetReviewDialog dialog = new TargetReviewDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), project, proposals);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            UiWait.until("the plan", () -> dialog.plan() != null);
            UiWait.until("the table refresh", () -> dialog.accepted().size() > 0);
            assertThat(dialog.plan().errors()).isEmpty();
            assertThat(dialog.accepted()).allMatch(p -> dialog.plan().placement(p).status() == PlanTargets.Status.NEW);
            assertThat(dialog.accepted()).anyMatch(p -> p.guarantee() != null && p.guarantee().intValue() == 2800);
            TargetProposal accepted = dialog.accepted().get(0);
            dialog.table().setChecked(accepted, false);
            assertThat(dialog.accepted()).doesNotContain(accepted);
        } finally {
            dialog.close();
        }
    }

    @Test
    void acceptedTargetsAreWrittenIntoThePlanThroughTheLanguageWithABackup() throws Exception {
        List<TargetProposal> accepted = TargetProposals.of(speech).stream()
                .filter(p -> p.guarantee() != null && p.guarantee().intValue() == 2800).toList();
        IStatus status = writeTargets(accepted);
        assertThat(status.getSeverity()).as(status.getMessage()).isEqualTo(IStatus.INFO);

        Path file = plan.getLocation().toFile().toPath();
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).containsPattern("target 实际利用外资 测试市 2004\\s*:\\s*确保 2800 万美元 力争 3200 万美元");
        assertThat(file.resolveSibling("plan.podium.bak")).hasContent(Fixtures.PLAN);
        // the plan before the import is kept where the next save (which replaces plan.podium.bak) leaves it
        Matcher keptAs = Pattern.compile("plan\\.podium\\.before-import-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d\\.bak")
                .matcher(status.getMessage());
        assertThat(keptAs.find()).as(status.getMessage()).isTrue();
        assertThat(file.resolveSibling(keptAs.group())).hasContent(Fixtures.PLAN);
        PodiumWorkspace workspace = PodiumWorkspace.create();
        workspace.add(file.getParent());
        assertThat(workspace.validate()).noneMatch(p -> p.severity() == podium.core.Severity.ERROR);

        IStatus again = writeTargets(accepted);
        assertThat(again.getSeverity()).isEqualTo(IStatus.INFO);
        assertThat(Files.readString(file, StandardCharsets.UTF_8).split("target 实际利用外资", -1)).as("replaced, not duplicated").hasSize(2);
    }

    @Test
    void aPlanWithErrorsIsNeverWritten() throws Exception {
        plan.setContents(new java.io.ByteArrayInputStream((Fixtures.PLAN + "target 没有的指标 测试市 2004: 确保 1 万美元\n")
                .getBytes(StandardCharsets.UTF_8)), true, false, null);
        String before = Files.readString(plan.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
        IStatus status = writeTargets(TargetProposals.of(speech));
        assertThat(status.getSeverity()).isEqualTo(IStatus.ERROR);
        assertThat(Files.readString(plan.getLocation().toFile().toPath(), StandardCharsets.UTF_8)).isEqualTo(before);
    }

    @Test
    void aPlanWithUnsavedChangesInItsEditorIsNotRewrittenUntilSaved() throws Exception {
        IEditorPart editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), plan);
        ((StyledText) editor.getAdapter(Control.class)).replaceTextRange(0, 0, "// 会上补充\n");
        String before = Files.readString(plan.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        TargetReviewDialog dialog = new TargetReviewDialog(workbench, project, TargetProposals.of(speech));
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            UiWait.until("the table refresh", () -> dialog.accepted().size() > 0);
            // 写入计划, then the workbench's question to save plan.podium: 不保存 (or 取消)
            ModalDialogs.answer(1, question -> { }, workbench, dialog.getShell());
            ModalDialogs.press(dialog.getShell(), IDialogConstants.OK_ID);
            UiWait.drain();

            assertThat(dialog.getShell()).as("the dialog stays open").isNotNull();
            assertThat(texts(dialog.getShell())).anyMatch(t -> t.strip().startsWith("plan.podium has unsaved changes"));
            assertThat(editor.isDirty()).isTrue();
            assertThat(Files.readString(plan.getLocation().toFile().toPath(), StandardCharsets.UTF_8)).isEqualTo(before);
        } finally {
            dialog.close();
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        }
    }

    private static List<String> texts(Composite parent) {
        List<String> texts = new java.util.ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Text text) {
                texts.add(text.getText());
            } else if (child instanceof Label label) {
                texts.add(label.getText());
            } else if (child instanceof Composite composite) {
                texts.addAll(texts(composite));
            }
        }
        return texts;
    }

    private IStatus writeTargets(List<TargetProposal> accepted) {
        return TargetReviewDialog.write(plan, accepted);
    }
}
