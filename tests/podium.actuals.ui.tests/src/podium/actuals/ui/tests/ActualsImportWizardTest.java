/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.actuals.Field;
import podium.actuals.ImportCodes;
import podium.actuals.ui.internal.ActualsImportWizard;
import podium.actuals.ui.internal.Messages;
import podium.core.Problem;
import podium.testing.ModalDialogs;
import podium.ui.internal.dialogs.PodiumWizardDialog;
import podium.ui.internal.workspace.LinkedFolders;

/** File ▸ Import ▸ Monthly actuals, page by page as a user goes through it, with CSV fixtures. */
class ActualsImportWizardTest {

    private static final String PLAN = String.join("\n",
            "plan 测试计划 \"2004年全市利用外资工作\" period 2004 as-of 2004-08-31 for 测试市",
            "",
            "org 测试市 \"测试市\" city {",
            "\torg 东区 \"东区\" district",
            "\torg 西区 \"西区\" district",
            "}",
            "",
            "indicator 实际利用外资 \"实际利用外资\" unit 万美元 cumulative sum higher-better",
            "");

    @TempDir
    Path outside;

    private IProject project;
    private IFile plan;
    private Dialog dialog;
    private ActualsImportWizard wizard;

    /** The wizard dialog with its buttons pressable from the test. */
    private static final class Dialog extends PodiumWizardDialog {
        Dialog(Shell shell, ActualsImportWizard wizard) {
            super(shell, wizard);
            setBlockOnOpen(false);
        }

        void next() {
            nextPressed();
        }

        void finish() {
            finishPressed();
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("actuals-import");
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        plan = project.getFile("plan.podium");
        plan.create(new ByteArrayInputStream(PLAN.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
    }

    @AfterEach
    void tearDown() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
        project.delete(true, true, null);
    }

    private void open(Path csv, boolean partial) {
        wizard = new ActualsImportWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(plan));
        dialog = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.open();
        wizard.sourcePage().fill(csv.toString(), plan, null, partial);
        assertThat(wizard.sourcePage().isPageComplete()).isTrue();
        assertThat(wizard.canFinish()).as("nothing can be written before the check").isFalse();
    }

    private Path csv(String... lines) throws Exception {
        Path file = outside.resolve("actuals-" + System.nanoTime() + ".csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private String planText() throws Exception {
        return Files.readString(plan.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
    }

    @Test
    void previewsChecksAndMergesACsvIntoThePlanWithABackup() throws Exception {
        open(csv("单位,指标,月份,本年累计", "东区,实际利用外资,2004-01,25", "东区,实际利用外资,2004-02,42"), false);
        dialog.next();
        assertThat(wizard.columnsPage().preview().header()).containsExactly("单位", "指标", "月份", "本年累计");
        assertThat(wizard.columnsPage().preview().rows()).hasSize(2);
        dialog.next();
        var checked = wizard.checkPage().checked();
        assertThat(checked.result().rows()).isEqualTo(2);
        assertThat(checked.result().added()).isEqualTo(2);
        assertThat(planText()).as("the check writes nothing").isEqualTo(PLAN);
        assertThat(wizard.canFinish()).isTrue();

        finishClosingTheSummary();
        assertThat(wizard.finished().saved()).isTrue();
        assertThat(planText()).contains("actual 实际利用外资 东区 2004-01 累计 25").contains("actual 实际利用外资 东区 2004-02 累计 42");
        assertThat(plan.getLocation().toFile().toPath().resolveSibling("plan.podium.bak")).hasContent(PLAN);
        Path backup = wizard.finished().backups().get(0);
        assertThat(wizard.finished().backups()).hasSize(1);
        assertThat(backup.getFileName().toString())
                .matches("plan\\.podium\\.before-import-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d\\.bak");
        assertThat(backup).hasContent(PLAN);
        assertThat(summary).as("the summary names the backup").contains(backup.getFileName().toString());
    }

    @Test
    void aPlanInAnOpenedFolderIsShownByItsPathOnDisk() throws Exception {
        Path dir = Files.createDirectories(outside.resolve("ws"));
        Files.writeString(dir.resolve("plan.podium"), PLAN, StandardCharsets.UTF_8);
        IFolder folder = new LinkedFolders(ResourcesPlugin.getWorkspace().getRoot()).open(dir, null);
        try {
            wizard = new ActualsImportWizard();
            wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(folder.getFile("plan.podium")));
            dialog = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
            dialog.open();
            assertThat(wizard.sourcePage().planShown()).isEqualTo(dir.toRealPath().resolve("plan.podium").toString());
        } finally {
            dialog.close();
            folder.getProject().delete(true, true, null);
        }
    }

    @Test
    void reimportingTheSameMonthsChangesNothing() throws Exception {
        Path data = csv("单位,指标,月份,本年累计", "东区,实际利用外资,2004-01,25");
        open(data, false);
        dialog.next();
        dialog.next();
        finishClosingTheSummary();
        String once = planText();

        open(data, false);
        dialog.next();
        dialog.next();
        assertThat(wizard.checkPage().checked().result().unchanged()).isEqualTo(1);
        assertThat(wizard.checkPage().isPageComplete()).isFalse();
        assertThat(planText()).isEqualTo(once);
    }

    @Test
    void rowLevelProblemsAreShownWithRowAndColumnAndNothingIsWritten() throws Exception {
        open(csv("单位,指标,月份,本年累计", "东区,实际利用外资,2004-01,25", "北区,实际利用外资,2004-01,30",
                "西区,实际利用外资,2004-01,三十"), false);
        dialog.next();
        dialog.next();
        @SuppressWarnings("unchecked")
        List<Problem> shown = (List<Problem>) wizard.checkPage().problemTable().getInput();
        assertThat(shown).extracting(Problem::line, Problem::code)
                .contains(org.assertj.core.groups.Tuple.tuple(3, ImportCodes.UNKNOWN_ORGANISATION),
                        org.assertj.core.groups.Tuple.tuple(4, ImportCodes.BAD_NUMBER));
        assertThat(wizard.checkPage().problemTable().getTable().getItem(0).getText(1)).isEqualTo("3");
        assertThat(wizard.checkPage().problemTable().getTable().getItem(0).getText(2)).isEqualTo("A");
        assertThat(wizard.checkPage().isPageComplete()).isFalse();
        assertThat(wizard.canFinish()).isFalse();
        assertThat(wizard.checkPage().problemTable().getTable().getItem(0).getText(0)).doesNotContain("/").endsWith(".csv");
        assertThat(planText()).isEqualTo(PLAN);
    }

    @Test
    void aRowThatWouldRewriteAFileWithSyntaxErrorsIsRefusedWithThoseErrors() throws Exception {
        // the actual the row replaces is stored in a file whose last line misses its district
        String broken = "actual 实际利用外资 东区 2004-01 累计 20\nactual 实际利用外资 2004-02 累计\n";
        IFile more = project.getFile("more.podium");
        more.create(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        open(csv("单位,指标,月份,本年累计", "东区,实际利用外资,2004-01,25"), false);
        dialog.next();
        dialog.next();
        @SuppressWarnings("unchecked")
        List<Problem> shown = (List<Problem>) wizard.checkPage().problemTable().getInput();
        assertThat(shown).isNotEmpty().allSatisfy(p -> {
            assertThat(p.path()).endsWith("more.podium");
            assertThat(p.line()).isEqualTo(2);
        });
        assertThat(wizard.checkPage().getErrorMessage()).contains("more.podium");
        assertThat(wizard.checkPage().isPageComplete()).isFalse();
        assertThat(wizard.canFinish()).isFalse();
        assertThat(Files.readString(more.getLocation().toFile().toPath(), StandardCharsets.UTF_8)).isEqualTo(broken);
        assertThat(planText()).isEqualTo(PLAN);
    }

    @Test
    void aPartialImportTakesTheValidRows() throws Exception {
        open(csv("单位,指标,月份,本年累计", "东区,实际利用外资,2004-01,25", "北区,实际利用外资,2004-01,30"), true);
        dialog.next();
        dialog.next();
        assertThat(wizard.canFinish()).isTrue();
        finishClosingTheSummary();
        assertThat(wizard.finished().result().skipped()).isEqualTo(1);
        assertThat(planText()).contains("actual 实际利用外资 东区 2004-01 累计 25").doesNotContain("北区");
    }

    @Test
    void columnsWithUnusualTitlesArePickedFromTheHeaderRow() throws Exception {
        open(csv("区域,项目,期间,数", "西区,实际利用外资,2004-03,70"), false);
        dialog.next();
        wizard.columnsPage().pick(Field.ORGANISATION, 0);
        wizard.columnsPage().pick(Field.INDICATOR, 1);
        wizard.columnsPage().pick(Field.MONTH, 2);
        wizard.columnsPage().pick(Field.VALUE, 3);
        wizard.columnsPage().setDefault(Field.BASIS, "累计");
        dialog.next();
        assertThat(wizard.checkPage().checked().result().problems()).isEmpty();
        finishClosingTheSummary();
        assertThat(planText()).contains("actual 实际利用外资 西区 2004-03 累计 70");
    }

    /** A file of actuals beside the plan: 东区 and 西区 from July to August, as an earlier import left them. */
    private IFile actualsFile() throws Exception {
        IFile file = project.getFile("actuals.podium");
        String text = String.join("\n", "actual 实际利用外资 东区 2004-07 累计 18", "actual 实际利用外资 东区 2004-08 累计 24",
                "actual 实际利用外资 西区 2004-07 累计 9", "actual 实际利用外资 西区 2004-08 累计 20", "");
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        return file;
    }

    private static String text(IFile file) throws Exception {
        return Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
    }

    /** The cells of the check page's table of changes, row by row. */
    private List<List<String>> changesShown() {
        org.eclipse.swt.widgets.Table table = wizard.checkPage().changeTable().getTable();
        List<List<String>> rows = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
            List<String> cells = new java.util.ArrayList<>();
            for (int i = 0; i < table.getColumnCount(); i++) {
                cells.add(item.getText(i));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void aMonthlyReportsTitleLinesAreSkippedInThePreviewAsTheImportSkipsThem() throws Exception {
        open(csv("全区利用外资统计月报", "单位：万美元", "填报单位,指标名称,统计月份,本年累计", "东区,实际利用外资,2004-09,31"), false);
        dialog.next();
        // the third line holds the column titles: the preview and the guessed columns come from it
        assertThat(wizard.columnsPage().preview().header()).containsExactly("填报单位", "指标名称", "统计月份", "本年累计");
        assertThat(wizard.columnsPage().columnShown(Field.ORGANISATION)).isEqualTo("A: 填报单位");
        assertThat(wizard.columnsPage().columnShown(Field.VALUE)).isEqualTo("D: 本年累计");
        dialog.next();
        assertThat(wizard.checkPage().checked().result().problems()).isEmpty();
        // the plan is the workspace's only file, and holds no actuals yet
        assertThat(changesShown()).containsExactly(
                List.of("东区", "实际利用外资", "2004-09", "cumulative", "", "31 万美元", "plan.podium"));
    }

    @Test
    void theNextMonthIsShownAndWrittenBesideTheMonthsBeforeItAndTheAsOfDateMoves() throws Exception {
        IFile actuals = actualsFile();
        // a monthly report's own titles: 填报单位, 统计月份, a unit in brackets, 上年同期累计, 数据来源
        open(csv("填报单位,指标名称,统计月份,本年累计（万美元）,上年同期累计,数据来源", "东区,实际利用外资,2004年9月,31,27,市统计局",
                "西区,实际利用外资,2004年8月,22,,"), false);
        dialog.next();
        assertThat(wizard.columnsPage().columnShown(Field.MONTH)).isEqualTo("C: 统计月份");
        assertThat(wizard.columnsPage().columnShown(Field.PREVIOUS_YEAR)).isEqualTo("E: 上年同期累计");
        assertThat(wizard.columnsPage().columnShown(Field.SOURCE)).isEqualTo("F: 数据来源");
        dialog.next();
        assertThat(wizard.checkPage().checked().result().problems()).isEmpty();
        // by hand: 东区 2004-09 is new (empty before), 西区 2004-08 was 20 in actuals.podium
        assertThat(changesShown()).containsExactly(
                List.of("东区", "实际利用外资", "2004-09", "cumulative", "", "31 万美元", "actuals.podium"),
                List.of("西区", "实际利用外资", "2004-08", "cumulative", "20 万美元", "22 万美元", "actuals.podium"));
        assertThat(wizard.checkPage().moveAsOfButton().getVisible()).isTrue();
        assertThat(wizard.checkPage().moveAsOfButton().getSelection()).as("checked by default").isTrue();
        assertThat(wizard.checkPage().moveAsOfButton().getText()).contains("2004-08-31").contains("2004-09-30")
                .contains("1 row is");
        assertThat(planText()).isEqualTo(PLAN);

        finishClosingTheSummary();
        assertThat(planText()).isEqualTo(PLAN.replace("as-of 2004-08-31", "as-of 2004-09-30"));
        assertThat(text(actuals)).contains("actual 实际利用外资 东区 2004-09 累计 31 last-year 27 source \"市统计局\"")
                .contains("actual 实际利用外资 西区 2004-08 累计 22\n");
        assertThat(wizard.finished().backups()).extracting(b -> b.getFileName().toString())
                .anySatisfy(n -> assertThat(n).startsWith("plan.podium.before-import-"))
                .anySatisfy(n -> assertThat(n).startsWith("actuals.podium.before-import-"));
        assertThat(summary).contains("2004-08-31").contains("2004-09-30");
    }

    @Test
    void theAsOfDateStaysWhenTheOfferIsUnchecked() throws Exception {
        IFile actuals = actualsFile();
        open(csv("单位,指标,月份,累计", "西区,实际利用外资,2004-09,26", "西区,实际利用外资,2004-10,29"), false);
        dialog.next();
        dialog.next();
        assertThat(wizard.checkPage().moveAsOfButton().getText()).contains("2004-10-31").contains("2 rows are");
        wizard.checkPage().setMoveAsOf(false);
        assertThat(wizard.canFinish()).isTrue();
        finishClosingTheSummary();
        assertThat(planText()).isEqualTo(PLAN);
        assertThat(text(actuals)).contains("actual 实际利用外资 西区 2004-10 累计 29");
        assertThat(wizard.finished().backups()).extracting(b -> b.getFileName().toString())
                .noneSatisfy(n -> assertThat(n).startsWith("plan.podium"));
    }

    @Test
    void monthsUpToTheAsOfDateOfferNoMove() throws Exception {
        open(csv("单位,指标,月份,累计", "西区,实际利用外资,2004-08,20"), false);
        dialog.next();
        dialog.next();
        assertThat(wizard.checkPage().moveAsOfButton().getVisible()).isFalse();
        assertThat(wizard.checkPage().moveAsOf()).isFalse();
    }

    @Test
    void aReimportCanMoveOnlyTheAsOfDate() throws Exception {
        actualsFile();
        Path september = csv("单位,指标,月份,累计", "东区,实际利用外资,2004-09,31");
        open(september, false);
        dialog.next();
        dialog.next();
        wizard.checkPage().setMoveAsOf(false);
        finishClosingTheSummary();
        assertThat(planText()).isEqualTo(PLAN);

        open(september, false);
        dialog.next();
        dialog.next();
        assertThat(wizard.checkPage().checked().result().unchanged()).isEqualTo(1);
        assertThat(changesShown()).isEmpty();
        assertThat(wizard.canFinish()).as("the as-of date is still to move").isTrue();
        wizard.checkPage().setMoveAsOf(false);
        assertThat(wizard.canFinish()).as("nothing to write").isFalse();
        wizard.checkPage().setMoveAsOf(true);
        finishClosingTheSummary();
        assertThat(planText()).isEqualTo(PLAN.replace("as-of 2004-08-31", "as-of 2004-09-30"));
    }

    @Test
    void aPlanWithUnsavedChangesIsSavedFirstSoNeitherTheChangesNorTheRowsAreLost() throws Exception {
        IEditorPart editor = atTheCheckPageWhilePlanIsChangedInItsEditor("// 手工补充的说明\n");

        answerTheSaveQuestion(0); // 保存 (确定 when the workbench lists the files)
        finishClosingTheSummary();

        assertThat(planText()).startsWith("// 手工补充的说明\n").contains("actual 实际利用外资 东区 2004-01 累计 25");
        assertThat(editor.isDirty()).isFalse();
        StyledText text = (StyledText) editor.getAdapter(Control.class);
        until(() -> text.getText().contains("actual 实际利用外资 东区 2004-01 累计 25"));
    }

    @Test
    void nothingIsImportedWhileTheUserKeepsUnsavedChanges() throws Exception {
        IEditorPart editor = atTheCheckPageWhilePlanIsChangedInItsEditor("// 还没想好的修改\n");

        answerTheSaveQuestion(1); // 不保存 or 取消
        dialog.finish();
        until(() -> wizard.checkPage().getErrorMessage() != null);

        assertThat(wizard.checkPage().getErrorMessage()).isEqualTo("plan.podium has unsaved changes, and the import rewrites the files of its folder: save it (or close it without saving), then try again.");
        assertThat(planText()).isEqualTo(PLAN);
        assertThat(editor.isDirty()).isTrue();
        assertThat(wizard.finished()).isNull();
    }

    /** plan.podium opened in its editor with {@code line} typed at the top, not saved; then the wizard on a one-row file, at its check page. */
    private IEditorPart atTheCheckPageWhilePlanIsChangedInItsEditor(String line) throws Exception {
        IEditorPart editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), plan);
        ((StyledText) editor.getAdapter(Control.class)).replaceTextRange(0, 0, line);
        assertThat(editor.isDirty()).isTrue();
        open(csv("单位,指标,月份,本年累计", "东区,实际利用外资,2004-01,25"), false);
        dialog.next();
        dialog.next();
        return editor;
    }

    /** Answers the workbench's question to save modified files, when it opens, with the button at {@code position}. */
    private void answerTheSaveQuestion(int position) {
        ModalDialogs.answer(position, question -> { }, PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                dialog.getShell());
    }

    /** Presses Finish and closes the summary it shows, as a user would read and dismiss it. */
    /** The text of the summary the last finish showed. */
    private String summary;

    /** The texts of the labels in {@code composite}, one a line. */
    private static String labels(org.eclipse.swt.widgets.Composite composite) {
        StringBuilder text = new StringBuilder();
        for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Label label) {
                text.append(label.getText()).append('\n');
            } else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
                text.append(labels(inner));
            }
        }
        return text.toString();
    }

    private void finishClosingTheSummary() {
        Display display = Display.getCurrent();
        boolean[] closed = { false };
        Runnable closer = new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (Messages.ActualsImportWizard_title.equals(shell.getText()) && shell.getData() instanceof org.eclipse.jface.dialogs.MessageDialog) {
                        summary = labels(shell);
                        shell.close();
                        closed[0] = true;
                        return;
                    }
                }
                display.timerExec(50, this);
            }
        };
        display.timerExec(50, closer);
        dialog.finish();
        until(() -> closed[0]);
    }

    private static void until(BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("timed out").isLessThan(deadline);
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }
}
