/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.importer.ImportCodes;
import podium.importer.ImportedFigure;
import podium.importer.RepairKind;
import podium.importer.TextRepair;
import podium.importer.ui.internal.ProblemMarkers;
import podium.importer.ui.internal.SpeechImport;
import podium.importer.ui.internal.SpeechImportJob;
import podium.importer.ui.internal.review.SpeechReviewEditor;
import podium.importer.ui.internal.wizard.ClipboardImportHandler;
import podium.importer.ui.internal.wizard.SpeechImportWizard;
import podium.importer.ui.internal.wizard.SpeechSourcePage;
import podium.model.FigureCitation;
import podium.model.PlanningFile;
import podium.model.Speech;
import podium.model.persistence.LoadResult;
import podium.model.persistence.ModelStore;
import podium.testing.UiWait;

/** File ▸ Import ▸ Speech text and the clipboard command, driven as a user would, in the real workbench. */
class SpeechImportWizardTest {

    @TempDir
    Path outside;

    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void setUp() throws Exception {
        project = Fixtures.project("speech-import");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void tearDown() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }


    private SpeechImport importThroughWizard(Path text) {
        SpeechImportWizard wizard = new SpeechImportWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        SpeechImportDialog dialog = new SpeechImportDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.open();
        SpeechSourcePage source = (SpeechSourcePage) wizard.getPages()[0];
        assertThat(source.isPageComplete()).as("complete before a file is chosen").isFalse();
        source.fill(text.toString(), project.getFullPath().append("speeches").toString());
        assertThat(wizard.canFinish()).isTrue();
        dialog.finish();
        SpeechImportJob job = wizard.job();
        UiWait.until("the import job", () -> job.getResult() != null);
        assertThat(job.getResult().isOK()).as(String.valueOf(job.getResult())).isTrue();
        waitForReviewOf(job.outcome());
        return job.outcome();
    }

    /** Waits for the review of this very import: an earlier one may still be opening. */
    private void waitForReviewOf(SpeechImport imported) {
        UiWait.until("the review of " + imported.source(), () -> page.getActiveEditor() instanceof SpeechReviewEditor editor
                && imported.source().equals(editor.getEditorInput().getAdapter(IFile.class)));
    }

    private Path gbkText() throws Exception {
        Path text = outside.resolve("讲话.txt");
        Files.write(text, Fixtures.SPEECH.getBytes(Charset.forName("GB18030")));
        return text;
    }

    @Test
    void importsAFileFromOutsideTheWorkspaceAsACopyWithMarkersAndASavedModel() throws Exception {
        Path text = gbkText();
        SpeechImport imported = importThroughWizard(text);

        IFile copy = project.getFolder("speeches").getFile("讲话.txt");
        assertThat(imported.source()).isEqualTo(copy);
        assertThat(Files.readAllBytes(copy.getLocation().toFile().toPath())).isEqualTo(Files.readAllBytes(text));
        assertThat(imported.result().encoding()).startsWith("GB");

        IMarker[] markers = copy.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO);
        IMarker blank = Arrays.stream(markers).filter(m -> ImportCodes.MISSING_NUMBER.equals(m.getAttribute(ProblemMarkers.CODE, "")))
                .findFirst().orElseThrow(() -> new AssertionError("no missing-number marker in " + Arrays.toString(markers)));
        assertThat(blank.getAttribute(IMarker.LINE_NUMBER, -1)).isEqualTo(Fixtures.BLANK_LINE);
        assertThat(blank.getAttribute(IMarker.SEVERITY, -1)).isIn(IMarker.SEVERITY_WARNING, IMarker.SEVERITY_ERROR);

        IFile model = project.getFolder("speeches").getFile("讲话.xmi");
        assertThat(imported.modelFile()).isEqualTo(model);
        LoadResult loaded = ModelStore.load(ModelStore.newResourceSet(), model.getLocation().toFile().toPath());
        assertThat(loaded.ok()).as(loaded.problems().toString()).isTrue();
        Speech speech = speechOf(ModelStore.root(loaded.resource(), PlanningFile.class));
        assertThat(speech.getText()).contains("总结经验").doesNotContain("jīng").doesNotContain("會議");
        assertThat(speech.getOriginalText()).contains("經(jīng)驗(yàn)");
        assertThat(speech.getEncoding()).startsWith("GB");
        FigureCitation fdi = speech.getFigures().stream().filter(f -> new BigDecimal("3750").equals(f.getValue())).findFirst().orElseThrow();
        assertThat(fdi.getUnitText()).isEqualTo("万美元");
        assertThat(speech.getText().substring(fdi.getOffset(), fdi.getOffset() + fdi.getLength())).isEqualTo(fdi.getQuote());
        assertThat(speech.getProblems()).anyMatch(p -> ImportCodes.MISSING_NUMBER.equals(p.getCode()) && p.getLine() == Fixtures.BLANK_LINE);
        assertThat(speech.getRepairs()).anyMatch(r -> "pinyin".equals(r.getKind()));
    }

    private static Speech speechOf(PlanningFile file) {
        return file.getElements().stream().flatMap(e -> e instanceof Speech s ? java.util.stream.Stream.of(s)
                : e instanceof podium.model.Meeting m ? m.getSpeeches().stream() : java.util.stream.Stream.empty())
                .findFirst().orElseThrow();
    }

    @Test
    void theReviewListsEveryFigureAndRevealsTheSelectedOneInBothTexts() throws Exception {
        importThroughWizard(gbkText());
        SpeechReviewEditor editor = (SpeechReviewEditor) page.getActiveEditor();
        List<ImportedFigure> figures = editor.speech().figures();
        assertThat(editor.figureTable().getTable().getItemCount()).isEqualTo(figures.size()).isGreaterThanOrEqualTo(3);

        int row = indexOf(figures, f -> new BigDecimal("3750").equals(f.value()));
        TableItem item = editor.figureTable().getTable().getItem(row);
        assertThat(item.getText(1)).isEqualTo("3750");
        assertThat(item.getText(2)).isEqualTo("万美元");
        assertThat(item.getText(8)).isEqualTo("5");

        ImportedFigure fdi = figures.get(row);
        editor.figureTable().setSelection(new StructuredSelection(fdi), true);
        StyledText original = editor.textWidgets()[0];
        StyledText cleaned = editor.textWidgets()[1];
        assertThat(cleaned.getSelectionRange()).isEqualTo(new Point(fdi.offset(), fdi.length()));
        assertThat(cleaned.getSelectionText()).isEqualTo(fdi.quote()).isEqualTo("实际利用外资3750万美元");
        assertThat(original.getSelectionText()).as("exactly the span the figure was read from").isEqualTo("實際利用外資3750萬美元");
        assertThat(original.getSelection().x).isEqualTo(editor.speech().originalText().indexOf("實際利用外資3750萬美元"));
        assertThat(cleaned.getStyleRangeAtOffset(fdi.offset())).as("highlighted").isNotNull();

        int blank = indexOf(figures, f -> f.value() == null);
        assertThat(editor.figureTable().getTable().getItem(blank).getText(1)).isEmpty();
    }

    @Test
    void selectingARemovalRevealsItInTheOriginalAndWhereItWasInTheCleanedText() throws Exception {
        importThroughWizard(gbkText());
        SpeechReviewEditor editor = (SpeechReviewEditor) page.getActiveEditor();
        TextRepair pinyin = repair(editor, r -> r.kind() == RepairKind.PINYIN && r.before().equals("(jīng)"));
        editor.repairTable().setSelection(new StructuredSelection(pinyin), true);
        StyledText original = editor.textWidgets()[0];
        assertThat(original.getSelectionText()).isEqualTo("(jīng)");
        assertThat(original.getSelection().x).isEqualTo(editor.speech().originalText().indexOf("(jīng)"));
        // nothing is left of a removal: the caret stands where it was, right after 经
        int after = editor.speech().text().indexOf("总结经验") + 3;
        assertThat(editor.textWidgets()[1].getSelectionRange()).isEqualTo(new Point(after, 0));
        TableItem shown = editor.repairTable().getTable().getSelection()[0];
        assertThat(shown.getText(0)).isEqualTo(pinyin.line() + ":" + pinyin.column());
        assertThat(shown.getText(3)).isEqualTo(pinyin.after());
    }

    @Test
    void selectingAReplacementAcrossRemovedPinyinRevealsBothForms() throws Exception {
        importThroughWizard(gbkText());
        SpeechReviewEditor editor = (SpeechReviewEditor) page.getActiveEditor();
        TextRepair simplified = repair(editor, r -> r.kind() == RepairKind.SIMPLIFIED && r.after().equals("总结经验"));
        editor.repairTable().setSelection(new StructuredSelection(simplified), true);
        StyledText original = editor.textWidgets()[0];
        StyledText cleaned = editor.textWidgets()[1];
        assertThat(original.getSelectionText()).as("the annotations removed inside and after it belong to it")
                .isEqualTo("總結經(jīng)驗(yàn)");
        assertThat(original.getSelection().x).isEqualTo(editor.speech().originalText().indexOf("總結經"));
        assertThat(cleaned.getSelectionText()).isEqualTo("总结经验");
        assertThat(cleaned.getSelection().x).isEqualTo(editor.speech().text().indexOf("总结经验"));
    }

    private static TextRepair repair(SpeechReviewEditor editor, java.util.function.Predicate<TextRepair> test) {
        List<?> repairs = (List<?>) editor.repairTable().getInput();
        return repairs.stream().map(TextRepair.class::cast).filter(test).findFirst()
                .orElseThrow(() -> new AssertionError("no such repair in " + repairs));
    }

    @Test
    void importingAgainKeepsTheOldModelAsBackupAndReplacesTheMarkers() throws Exception {
        Path text = gbkText();
        importThroughWizard(text);
        SpeechImport second = importThroughWizard(text);
        IFile copy = project.getFolder("speeches").getFile("讲话-2.txt");
        assertThat(second.source()).as("the first copy is never overwritten").isEqualTo(copy);

        SpeechImport again = importFile(second.source());
        Path model = again.modelFile().getLocation().toFile().toPath();
        assertThat(model.resolveSibling(model.getFileName() + ".bak")).exists();
        assertThat(again.source().findMarkers(ProblemMarkers.TYPE, true, 0)).hasSize(again.result().problems().size());
    }

    private SpeechImport importFile(IFile file) {
        SpeechImportJob job = new SpeechImportJob(file.getName(), (service, monitor) -> file);
        job.schedule();
        UiWait.until("the import job", () -> job.getResult() != null);
        waitForReviewOf(job.outcome());
        return job.outcome();
    }

    @Test
    void textPastedFromAWebsiteIsSavedAsAFileAndImported() throws Exception {
        SpeechImportJob job = ClipboardImportHandler.start(Fixtures.SPEECH, project.getFolder("pasted"));
        UiWait.until("the import job", () -> job.getResult() != null);
        SpeechImport imported = job.outcome();
        waitForReviewOf(imported);
        assertThat(imported.source().getParent()).isEqualTo(project.getFolder("pasted"));
        assertThat(imported.source().getCharset()).isEqualTo("UTF-8");
        assertThat(imported.result().speeches()).hasSize(1);
        assertThat(imported.source().findMarkers(ProblemMarkers.TYPE, true, 0))
                .anyMatch(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) == Fixtures.BLANK_LINE);
        IEditorPart editor = page.getActiveEditor();
        assertThat(editor.getTitle()).contains(imported.source().getName());
    }

    @Test
    void undecodableBytesGiveAClearProblemAndNoModel() throws Exception {
        Path garbage = outside.resolve("broken.txt");
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + i % 0x7f);
        }
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        Files.write(garbage, bytes);
        SpeechImport imported = importThroughWizard(garbage);
        assertThat(imported.modelFile()).isNull();
        assertThat(imported.source().findMarkers(ProblemMarkers.TYPE, true, 0))
                .anyMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR);
        assertThat(project.getFolder("speeches").getFile("broken.xmi").exists()).isFalse();
    }

    private static <T> int indexOf(List<T> list, java.util.function.Predicate<T> test) {
        for (int i = 0; i < list.size(); i++) {
            if (test.test(list.get(i))) {
                return i;
            }
        }
        throw new AssertionError("not found in " + list);
    }
}
