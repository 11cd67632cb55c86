/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.testing.PlanTexts;
import podium.testing.UiWait;

/** The plan editor's breadcrumbs (file › split › share) and its status bar fields (line:column, encoding). */
class BreadcrumbsAndCaretStatusTest {
    private static final String SPLIT = """
            split 实际利用外资 南阳市 2004 {
                宛城区 确保 320 力争 320
                卧龙区 确保 300 力争 340
            }
            """;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void createProject() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("breadcrumbs-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        write("defs.podium", PlanTexts.DEFINITIONS.getBytes(StandardCharsets.UTF_8));
        write("split.podium", SPLIT.getBytes(StandardCharsets.UTF_8));
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void closeEditors() throws CoreException {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void theCaretInAShareShowsFileSplitAndShare() throws CoreException {
        PodiumEditor editor = open("split.podium");
        caretAt(editor, SPLIT.indexOf("300"));

        UiWait.until("the breadcrumbs reach the share", () -> editor.breadcrumbs().texts().size() == 3);
        assertThat(editor.breadcrumbs().texts()).containsExactly("split.podium", "split 实际利用外资 南阳市 2004", "卧龙区");

        caretAt(editor, SPLIT.length());
        UiWait.until("after the closing brace: the file only", () -> editor.breadcrumbs().texts().size() == 1);
        assertThat(editor.breadcrumbs().texts()).containsExactly("split.podium");
    }

    @Test
    void clickingACrumbSelectsThatElementsName() throws CoreException {
        PodiumEditor editor = open("split.podium");
        caretAt(editor, SPLIT.indexOf("340"));
        UiWait.until("the breadcrumbs reach the share", () -> editor.breadcrumbs().crumbs().size() == 2);

        Label split = editor.breadcrumbs().crumbs().get(0);
        split.notifyListeners(SWT.MouseUp, new Event());

        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertThat(selection.getOffset()).as("the split statement's name range starts at its keyword")
                .isBetween(0, SPLIT.indexOf("{"));
        assertThat(selection.getOffset()).isLessThan(SPLIT.indexOf("宛城区"));
    }

    @Test
    void positionIsLineColonColumnCountingAChineseCharacterAsOne() throws CoreException {
        PodiumEditor editor = open("split.podium");
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        int shareLine = SPLIT.indexOf("卧龙区");

        // line 3 of the text; 卧龙区 starts after four spaces, and "确保" after "卧龙区 " (8 characters in)
        assertThat(CaretStatus.position(document, shareLine)).isEqualTo("3:5");
        assertThat(CaretStatus.position(document, shareLine + 4)).isEqualTo("3:9");
        assertThat(CaretStatus.position(document, 0)).isEqualTo("1:1");
    }

    @Test
    void theStatusBarShowsTheCaretAndTheEncoding() throws CoreException {
        PodiumEditor editor = open("split.podium");
        caretAt(editor, SPLIT.indexOf("卧龙区") + 4);

        UiWait.until("line 3, column 9 in the status bar", () -> statusTexts().contains("3:9"));
        assertThat(statusTexts()).contains("UTF-8");
    }

    @Test
    void clickingThePlanInTheStatusBarShowsTheProblemsWindow() throws CoreException {
        open("split.podium");
        page.hideView(page.findViewReference(podium.ui.ToolWindows.PROBLEMS));
        org.eclipse.swt.custom.CLabel plan = planItem(page.getWorkbenchWindow().getShell());
        assertThat(plan).as("the plan item in the status bar").isNotNull();

        plan.notifyListeners(SWT.MouseUp, new Event());

        assertThat(page.findView(podium.ui.ToolWindows.PROBLEMS)).isNotNull();
        assertThat(page.isPartVisible(page.findView(podium.ui.ToolWindows.PROBLEMS))).isTrue();
    }

    private static org.eclipse.swt.custom.CLabel planItem(Control control) {
        if (control instanceof org.eclipse.swt.custom.CLabel label && Messages.PlanStatus_tooltip.equals(label.getToolTipText())) {
            return label;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                org.eclipse.swt.custom.CLabel found = planItem(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The texts of the window's status bar labels (the status line's fields are CLabels). */
    private List<String> statusTexts() {
        List<String> texts = new java.util.ArrayList<>();
        collect(page.getWorkbenchWindow().getShell(), texts);
        return texts;
    }

    private static void collect(Control control, List<String> texts) {
        if (control instanceof org.eclipse.swt.custom.CLabel label && label.getText() != null) {
            texts.add(label.getText().trim());
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }

    @Test
    void encodingSaysWhetherTheFileStartsWithAByteOrderMark() throws CoreException {
        write("bom.podium", concat(BOM, PlanTexts.TARGETS.getBytes(StandardCharsets.UTF_8)));

        assertThat(CaretStatus.encoding(open("split.podium").getEditorInput())).isEqualTo(Messages.CaretStatus_utf8);
        assertThat(CaretStatus.encoding(open("bom.podium").getEditorInput())).isEqualTo(Messages.CaretStatus_utf8Bom);
        assertThat(Messages.CaretStatus_utf8Bom).isIn("UTF-8 with BOM", "UTF-8（带 BOM）");
    }

    @Test
    void thePathIsTheSymbolsContainingThePositionBothEndsIncluded() {
        DocumentSymbol share = symbol("share", 2, 4, 2, 20, List.of());
        DocumentSymbol split = symbol("split", 0, 0, 3, 1, List.of(symbol("other", 1, 4, 1, 20, List.of()), share));
        DocumentSymbol after = symbol("after", 4, 0, 4, 10, List.of());

        assertThat(BreadcrumbPath.at(List.of(split, after), new Position(2, 4))).containsExactly(split, share);
        assertThat(BreadcrumbPath.at(List.of(split, after), new Position(3, 1))).containsExactly(split);
        assertThat(BreadcrumbPath.at(List.of(split, after), new Position(3, 2))).isEmpty();
        assertThat(BreadcrumbPath.at(List.of(split, after), new Position(4, 10))).containsExactly(after);
    }

    private static DocumentSymbol symbol(String name, int l1, int c1, int l2, int c2, List<DocumentSymbol> children) {
        Range range = new Range(new Position(l1, c1), new Position(l2, c2));
        DocumentSymbol symbol = new DocumentSymbol(name, org.eclipse.lsp4j.SymbolKind.Object, range, range);
        symbol.setChildren(children);
        return symbol;
    }

    private PodiumEditor open(String name) throws CoreException {
        return (PodiumEditor) IDE.openEditor(page, project.getFile(name));
    }

    private static void caretAt(PodiumEditor editor, int offset) {
        StyledText text = (StyledText) editor.getAdapter(Control.class);
        editor.setFocus();
        text.setSelection(offset);
        editor.selectAndReveal(offset, 0);
    }

    private IFile write(String name, byte[] content) throws CoreException {
        IFile file = project.getFile(name);
        if (file.exists()) {
            file.setContents(new ByteArrayInputStream(content), IResource.FORCE, null);
        } else {
            file.create(new ByteArrayInputStream(content), IResource.FORCE, null);
        }
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
