/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.core.io.AtomicFiles;
import podium.testing.ModalDialogs;
import podium.testing.PlanTexts;
import podium.testing.UiWait;
import podium.xtext.jface.SymbolOutlinePage;
import podium.xtext.jface.TextHover;

/** The plan editor in the real workbench: open, type, see problems, assist, hover, format, outline, save. */
class PlanEditorTest {
    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void createProject() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        write("defs.podium", PlanTexts.DEFINITIONS.getBytes(StandardCharsets.UTF_8));
        write("targets.podium", PlanTexts.TARGETS.getBytes(StandardCharsets.UTF_8));
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
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

    private PodiumEditor open(String name) throws CoreException {
        PodiumEditor editor = (PodiumEditor) IDE.openEditor(page, project.getFile(name));
        assertThat(editor.getSite().getId()).isEqualTo(PodiumEditor.ID);
        // the first editor of a start connects to the language session when it runs
        UiWait.until("the editor connected to the language session", () -> editor.sync() != null);
        return editor;
    }

    private static IDocument document(PodiumEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    private static StyledText text(PodiumEditor editor) {
        return (StyledText) editor.getAdapter(Control.class);
    }

    /** Types text at the caret as an input method commits it: through the widget, not the document. */
    private static void type(PodiumEditor editor, int offset, int replaced, String typed) {
        StyledText text = text(editor);
        text.setSelection(offset, offset + replaced);
        text.insert(typed);
        text.setCaretOffset(offset + typed.length());
    }


    @Test
    void typingAnUnknownNameShowsAProblemMarkerAndUndoClearsIt() throws CoreException {
        PodiumEditor editor = open("targets.podium");
        IFile file = project.getFile("targets.podium");
        UiWait.until("the file validated", () -> editor.sync().session().isValidated(editor.sync().uri()));
        assertThat(ProblemMarkers.errors(file)).isEmpty();
        int at = document(editor).get().indexOf("宛城区");
        type(editor, at, 3, "宛城县");
        assertThat(editor.isDirty()).isTrue();
        UiWait.until("an error marker for 宛城县", () -> ProblemMarkers.errors(file).stream()
                .anyMatch(m -> "PDM-L001".equals(m.getAttribute(MarkerUpdater.CODE, ""))
                        && m.getAttribute(IMarker.LINE_NUMBER, -1) == 2
                        && m.getAttribute(IMarker.MESSAGE, "").contains("宛城县")));
        ((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
        assertThat(document(editor).get()).isEqualTo(PlanTexts.TARGETS);
        UiWait.until("the error marker gone after undo", () -> ProblemMarkers.errors(file).isEmpty());
    }

    @Test
    void contentAssistPopupOffersTheIndicatorAfterTarget() throws Exception {
        PodiumEditor editor = open("targets.podium");
        IDocument document = document(editor);
        type(editor, document.getLength(), 0, "target ");
        // The command Ctrl+Space is bound to, so the test also proves the editor handles it.
        PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand("org.eclipse.ui.edit.text.contentAssist.proposals", null);
        List<String> shown = new ArrayList<>();
        UiWait.until("a proposal popup listing 实际利用外资", () -> {
            shown.clear();
            shown.addAll(popupItems());
            return shown.stream().anyMatch(item -> item.startsWith("实际利用外资"));
        });
        assertThat(shown).noneMatch(item -> item.startsWith("确保"));
    }

    @Test
    void quickFixFromThePopupSwapsGuaranteeAndStrive() throws Exception {
        PodiumEditor editor = open("targets.podium");
        IFile file = project.getFile("targets.podium");
        int strive = document(editor).get().indexOf("3200");
        type(editor, strive, 4, "2000");
        UiWait.until("a PDM-T001 marker", () -> ProblemMarkers.errors(file).stream()
                .anyMatch(m -> "PDM-T001".equals(m.getAttribute(MarkerUpdater.CODE, ""))));
        text(editor).setCaretOffset(strive);
        // The command Alt+Enter is bound to; the fix is chosen in the popup as a user would.
        PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand("org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals", null);
        UiWait.until("the swap fix in the popup", () -> popupTableWith("Swap 确保 and 力争") != null);
        Table table = popupTableWith("Swap 确保 and 力争");
        int index = Arrays.asList(table.getItems()).stream().map(TableItem::getText).toList().indexOf("Swap 确保 and 力争");
        table.setSelection(index);
        table.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        UiWait.until("the levels swapped", () -> document(editor).get().startsWith(
                "target 实际利用外资 南阳市 2004: 确保 2000 力争 2800"));
        UiWait.until("the PDM-T001 marker gone", () -> ProblemMarkers.errors(file).stream()
                .noneMatch(m -> "PDM-T001".equals(m.getAttribute(MarkerUpdater.CODE, ""))));
    }

    @Test
    void severityFromThePreferencesChangesTheMarkers() throws Exception {
        PodiumEditor editor = open("targets.podium");
        IFile file = project.getFile("targets.podium");
        type(editor, document(editor).get().indexOf("3200"), 4, "2000");
        UiWait.until("PDM-T001 as an error", () -> ProblemMarkers.errors(file).stream()
                .anyMatch(m -> "PDM-T001".equals(m.getAttribute(MarkerUpdater.CODE, ""))));
        var store = SeverityPreferences.store();
        try {
            store.setValue(SeverityPreferences.PREFIX + "PDM-T001", "warning");
            SeverityPreferences.applyAndRevalidate();
            UiWait.until("PDM-T001 as a warning", () -> ProblemMarkers.errors(file).isEmpty()
                    && ProblemMarkers.all(file).stream().anyMatch(m -> "PDM-T001".equals(m.getAttribute(MarkerUpdater.CODE, ""))
                            && m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING));
        } finally {
            store.setToDefault(SeverityPreferences.PREFIX + "PDM-T001");
            SeverityPreferences.applyAndRevalidate();
        }
    }


    private static Table popupTableWith(String item) {
        for (Shell shell : Display.getCurrent().getShells()) {
            Table found = tableWith(shell, item);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Table tableWith(Control control, String item) {
        if (control instanceof Table table && !table.isDisposed()
                && Arrays.stream(table.getItems()).anyMatch(i -> i.getText().equals(item))) {
            return table;
        }
        List<Control> children = new ArrayList<>();
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            children.addAll(Arrays.asList(composite.getChildren()));
        }
        if (control instanceof Shell shell) {
            children.addAll(Arrays.asList(shell.getShells()));
        }
        for (Control child : children) {
            Table found = tableWith(child, item);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<String> popupItems() {
        List<String> items = new ArrayList<>();
        for (Shell shell : Display.getCurrent().getShells()) {
            collect(shell, items);
        }
        return items;
    }

    private static void collect(Control control, List<String> items) {
        if (control instanceof Table table && !table.isDisposed()) {
            for (TableItem item : table.getItems()) {
                items.add(item.getText());
            }
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, items);
            }
        }
        if (control instanceof Shell shell) {
            for (Shell child : shell.getShells()) {
                collect(child, items);
            }
        }
    }

    @Test
    void hoverOnAReferenceShowsTheIndicatorsDocumentation() throws CoreException {
        PodiumEditor editor = open("targets.podium");
        int offset = document(editor).get().indexOf("实际利用外资") + 1;
        assertThat(TextHover.hoverText(editor.sync(), document(editor), offset)).contains("外商在本地实际投入的资金");
    }

    @Test
    void formatCommandRewritesTheLayoutAndOneUndoRestoresIt() throws Exception {
        // a district's target: one for 南阳市 would be a second of targets.podium's, an error there (PDM-T002)
        write("messy.podium", "target   实际利用外资   宛城区 2004:确保 2800   力争 3200\n".getBytes(StandardCharsets.UTF_8));
        PodiumEditor editor = open("messy.podium");
        String before = document(editor).get();
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("podium.lang.ui.format", null);
        assertThat(document(editor).get()).contains("target 实际利用外资 宛城区 2004: 确保 2800 力争 3200");
        ((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
        assertThat(document(editor).get()).isEqualTo(before);
    }

    @Test
    void outlineListsTheFilesElements() throws CoreException {
        withOutline(open("defs.podium"), tree -> UiWait.until("outline shows 南阳市", () -> tree.getTree().getItemCount() > 0
                && Arrays.stream(tree.getTree().getItems()).anyMatch(i -> i.getText().contains("南阳市")
                        || Arrays.stream(i.getItems()).anyMatch(c -> c.getText().contains("南阳市")))));
    }

    @Test
    void outlineKeepsWhatTheUserExpandedOrCollapsedWhenTheFileIsValidatedAgain() throws CoreException {
        PodiumEditor editor = open("defs.podium");
        withOutline(editor, tree -> {
            UiWait.until("outline shows 南阳市", () -> symbolNamed(tree.getInput(), "南阳市") != null);
            Object firstInput = tree.getInput();
            boolean expandedAtFirst = tree.getExpandedState(symbolNamed(firstInput, "南阳市"));
            tree.setExpandedState(symbolNamed(firstInput, "南阳市"), !expandedAtFirst);

            type(editor, 0, 0, "// 新的一行\n");
            UiWait.until("the outline refreshed", () -> tree.getInput() != firstInput
                    && symbolNamed(tree.getInput(), "南阳市") != null);

            assertThat(tree.getExpandedState(symbolNamed(tree.getInput(), "南阳市"))).isEqualTo(!expandedAtFirst);
        });
    }

    /** Runs checks against the editor's Outline page, shown in a shell of its own. */
    private static void withOutline(PodiumEditor editor, java.util.function.Consumer<TreeViewer> checks) {
        SymbolOutlinePage outline = (SymbolOutlinePage) editor.getAdapter(IContentOutlinePage.class);
        Shell shell = new Shell(Display.getCurrent());
        try {
            outline.createControl(shell);
            checks.accept(outline.symbolTree());
        } finally {
            shell.dispose();
        }
    }

    private static DocumentSymbol symbolNamed(Object symbols, String name) {
        if (!(symbols instanceof List<?> list)) {
            return null;
        }
        for (Object element : list) {
            DocumentSymbol symbol = (DocumentSymbol) element;
            DocumentSymbol found = symbol.getName().equals(name) ? symbol : symbolNamed(symbol.getChildren(), name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    void saveWritesAtomicallyAndKeepsTheOldVersionAsBackup() throws Exception {
        PodiumEditor editor = open("targets.podium");
        type(editor, 0, 0, "// 八月数据\n");
        editor.doSave(null);
        assertThat(editor.isDirty()).isFalse();
        Path path = project.getFile("targets.podium").getLocation().toPath();
        assertThat(Files.readString(path, StandardCharsets.UTF_8)).isEqualTo("// 八月数据\n" + PlanTexts.TARGETS);
        assertThat(Files.readString(AtomicFiles.backupOf(path), StandardCharsets.UTF_8)).isEqualTo(PlanTexts.TARGETS);
    }

    @Test
    void aFileRewrittenOnDiskIsNotOverwrittenBySavingUnlessTheUserSaysSo() throws Exception {
        PodiumEditor editor = open("targets.podium");
        type(editor, 0, 0, "// 编辑器里的修改\n");
        Path path = project.getFile("targets.podium").getLocation().toPath();
        // rewritten meanwhile from outside the workbench, as podium actuals import does, and refreshed
        String imported = PlanTexts.TARGETS + "// 导入写入的内容\n";
        Files.writeString(path, imported, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(path, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 2000));
        project.getFile("targets.podium").refreshLocal(IResource.DEPTH_ZERO, null);

        List<String> asked = new ArrayList<>();
        ModalDialogs.answer(1, question -> asked.add(question.getText()), editor.getSite().getShell()); // 否: keep the file
        editor.doSave(null);
        UiWait.drain();
        assertThat(asked).as("the editor asked").hasSize(1);
        assertThat(Files.readString(path, StandardCharsets.UTF_8)).isEqualTo(imported);
        assertThat(editor.isDirty()).isTrue();

        ModalDialogs.answer(0, question -> asked.add(question.getText()), editor.getSite().getShell()); // 是: the user's text wins
        editor.doSave(null);
        UiWait.drain();
        assertThat(asked).as("the editor asked again").hasSize(2);
        assertThat(Files.readString(path, StandardCharsets.UTF_8)).isEqualTo("// 编辑器里的修改\n" + PlanTexts.TARGETS);
        assertThat(Files.readString(AtomicFiles.backupOf(path), StandardCharsets.UTF_8)).isEqualTo(imported);
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void saveKeepsAByteOrderMarkAndWindowsLineBreaks() throws Exception {
        String windows = "plan 全市 2004 {\r\n}\r\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] bytes = windows.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + bytes.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(bytes, 0, withBom, bom.length, bytes.length);
        write("windows.podium", withBom);
        PodiumEditor editor = open("windows.podium");
        type(editor, 0, 0, "// 九月\r\n");
        editor.doSave(null);
        byte[] saved = Files.readAllBytes(project.getFile("windows.podium").getLocation().toPath());
        String expected = "// 九月\r\n" + windows;
        assertThat(saved).startsWith(bom);
        assertThat(new String(saved, bom.length, saved.length - bom.length, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void binaryGarbageOpensWithProblemsAndKeepsTheBuffer() throws CoreException {
        byte[] garbage = new byte[256];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) i;
        }
        IFile file = write("garbage.podium", garbage);
        PodiumEditor editor = open("garbage.podium");
        assertThat(document(editor).getLength()).isPositive();
        UiWait.until("problems on the binary file", () -> !ProblemMarkers.errors(file).isEmpty());
        type(editor, 0, 0, "plan ");
        assertThat(document(editor).get()).startsWith("plan ");
    }
}
