/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.importer.ImportedFigure;
import podium.importer.RepairKind;
import podium.importer.TextRepair;
import podium.importer.ui.internal.SpeechImport;
import podium.importer.ui.internal.SpeechImportJob;
import podium.importer.ui.internal.review.SpeechReviewEditor;
import podium.importer.ui.internal.wizard.ClipboardImportHandler;
import podium.testing.UiWait;

/** The review reveals figures and repairs of a later speech of a file at their exact places in both texts. */
class SpeechReviewRevealTest {

    /** Page navigation first, two speeches, an indented line with pinyin inside a figure's quote. */
    private static final String TWO_SPEECHES = String.join("\n",
            "共2页 当前第1页",
            "在全縣招商工作會議上的講話",
            "同志們：",
            "全縣引進項目12個。",
            "謝謝大家！",
            "在全縣外資工作會議上的講話",
            "同志們：",
            "  今年實際利用外(wài)資3750萬美元，同比增長12.5%。",
            "謝謝大家！");

    private IProject project;
    private IWorkbenchPage page;
    private SpeechReviewEditor editor;

    @BeforeEach
    void setUp() throws Exception {
        project = Fixtures.project("speech-reveal");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        SpeechImportJob job = ClipboardImportHandler.start(TWO_SPEECHES, project.getFolder("pasted"));
        UiWait.until("the import job", () -> job.getResult() != null);
        SpeechImport imported = job.outcome();
        UiWait.until("the review of " + imported.source(), () -> page.getActiveEditor() instanceof SpeechReviewEditor review
                && imported.source().equals(review.getEditorInput().getAdapter(IFile.class)));
        editor = (SpeechReviewEditor) page.getActiveEditor();
        assertThat(imported.result().speeches()).hasSize(2);
        editor.showSpeech(1);
    }

    @AfterEach
    void tearDown() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void aFigureWithPinyinInsideItsQuoteIsSelectedWithTheAnnotationInTheOriginal() {
        ImportedFigure fdi = editor.speech().figures().stream().filter(f -> new BigDecimal("3750").equals(f.value()))
                .findFirst().orElseThrow();
        editor.figureTable().setSelection(new StructuredSelection(fdi), true);
        StyledText original = editor.textWidgets()[0];
        StyledText cleaned = editor.textWidgets()[1];
        assertThat(original.getSelectionText()).isEqualTo("實際利用外(wài)資3750萬美元");
        assertThat(original.getSelection().x).isEqualTo(original.getText().indexOf("實際"));
        assertThat(cleaned.getSelectionRange()).isEqualTo(new Point(fdi.offset(), fdi.length()));
        assertThat(cleaned.getSelectionText()).isEqualTo("实际利用外资3750万美元");
    }

    @Test
    void aRepairOfTheSecondSpeechIsSelectedInBothTexts() {
        TextRepair indent = repair(r -> r.kind() == RepairKind.WHITESPACE && r.line() == 8);
        editor.repairTable().setSelection(new StructuredSelection(indent), true);
        StyledText original = editor.textWidgets()[0];
        assertThat(original.getSelectionText()).isEqualTo("  ");
        assertThat(original.getSelection().x).isEqualTo(original.getText().indexOf("  今年"));
        assertThat(editor.textWidgets()[1].getSelectionRange()).isEqualTo(new Point(editor.speech().text().indexOf("今年"), 0));

        TextRepair growth = repair(r -> r.kind() == RepairKind.SIMPLIFIED && r.before().equals("長"));
        editor.repairTable().setSelection(new StructuredSelection(growth), true);
        assertThat(original.getSelectionText()).isEqualTo("長");
        assertThat(original.getSelection().x).isEqualTo(original.getText().indexOf("增長") + 1);
        assertThat(editor.textWidgets()[1].getSelectionText()).isEqualTo("长");
        assertThat(editor.textWidgets()[1].getSelection().x).isEqualTo(editor.speech().text().indexOf("增长") + 1);
    }

    private TextRepair repair(java.util.function.Predicate<TextRepair> test) {
        List<?> repairs = (List<?>) editor.repairTable().getInput();
        return repairs.stream().map(TextRepair.class::cast).filter(test).findFirst()
                .orElseThrow(() -> new AssertionError("no such repair in " + repairs));
    }
}
