/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import podium.testing.ModalDialogs;
import podium.testing.UiWait;
import podium.ui.ToolWindows;

/**
 * Under {@code -nl zh_CN} the questions the workbench asks about a modified plan are Chinese: the title,
 * the question and the buttons of "save this file?" and of the list of modified files when several are
 * closed at once, and of a plan rewritten on disk meanwhile, when it is saved (the update conflict) or its
 * editor is activated again (the file changed). Each dialog is read while it is open (it is modal: read from
 * inside its own event loop) and answered with the button at position 1 (不保存, 取消, 否), so nothing is
 * saved and nothing replaced.
 */
class ChineseSaveDialogsTest {

    @RegisterExtension
    static final ChineseExamples EXAMPLES = new ChineseExamples("podium-chinese-dialogs");

    @Test
    void closingAModifiedPlanAsksInChinese() throws Exception {
        IEditorPart plan = modified("plan.podium");

        List<String> asked = answeredWhileOpen(() -> Workbench.page().closeEditor(plan, true));

        assertReadInChinese(asked);
        assertThat(Workbench.page().getEditorReferences()).as("不保存 closed it").isEmpty();
    }

    @Test
    void closingSeveralModifiedFilesListsThemInChinese() throws Exception {
        modified("plan.podium");
        modified("measures.podium");

        List<String> asked = answeredWhileOpen(() -> Workbench.page().closeAllEditors(true));

        assertReadInChinese(asked);
        assertThat(Workbench.page().getEditorReferences()).as("取消 kept both open").hasSize(2);
    }

    @Test
    void savingAPlanRewrittenOnDiskMeanwhileAsksInChinese() throws Exception {
        IEditorPart plan = modified("plan.podium");
        rewrittenOnDisk("plan.podium");

        List<String> asked = answeredWhileOpen(() -> plan.doSave(null)); // 否: the file keeps the import

        assertReadInChinese(asked);
        assertThat(plan.isDirty()).isTrue();
    }

    @Test
    void returningToAPlanRewrittenOnDiskMeanwhileAsksInChinese() throws Exception {
        IEditorPart plan = modified("plan.podium");
        Workbench.page().showView(ToolWindows.PROBLEMS); // the user looks elsewhere ...
        rewrittenOnDisk("plan.podium");

        // ... and comes back: the editor asks whether to take the file's new content (否: keep the changes)
        List<String> asked = answeredWhileOpen(() -> Workbench.page().activate(plan));

        assertReadInChinese(asked);
        assertThat(asked.get(0)).as("its title (File Changed)").isEqualTo("文件已更改");
        assertThat(plan.isDirty()).as("the changes were kept").isTrue();
    }

    /** A save of a read-only plan asks whether to make it writable, in Chinese; 否 keeps the file and the text as they are. */
    @Test
    void savingAReadOnlyPlanAsksInChinese() throws Exception {
        IEditorPart plan = modified("plan.podium");
        Path onDisk = Path.of(EXAMPLES.folder().getFile("plan.podium").getLocationURI());
        String before = Files.readString(onDisk);
        Files.setPosixFilePermissions(onDisk, PosixFilePermissions.fromString("r--r--r--"));
        try {
            List<String> asked = answeredWhileOpen(() -> plan.doSave(new NullProgressMonitor()));
            assertReadInChinese(asked);
            assertThat(String.join("\n", asked)).contains("只读");
            assertThat(Files.readString(onDisk)).isEqualTo(before);
            assertThat(plan.isDirty()).isTrue();
        } finally {
            Files.setPosixFilePermissions(onDisk, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Rewritten from a terminal (podium actuals import) while the editor holds unsaved changes. */
    private static void rewrittenOnDisk(String name) throws Exception {
        IFile file = EXAMPLES.folder().getFile(name);
        Path onDisk = Path.of(file.getLocationURI());
        Files.writeString(onDisk, Files.readString(onDisk) + "// 导入时写入\n");
        Files.setLastModifiedTime(onDisk, FileTime.fromMillis(System.currentTimeMillis() + 2000));
        file.refreshLocal(IResource.DEPTH_ZERO, null);
    }

    /** The editor of {@code name}, opened and changed without saving. */
    private static IEditorPart modified(String name) throws Exception {
        IEditorPart editor = IDE.openEditor(Workbench.page(), EXAMPLES.folder().getFile(name));
        // typed into the editor's text, as a user changes it
        ((StyledText) editor.getAdapter(Control.class)).replaceTextRange(0, 0, "// 修改\n");
        UiWait.drain();
        assertThat(editor.isDirty()).isTrue();
        return editor;
    }

    /**
     * Runs {@code closing}, which opens a modal dialog; reads the dialog's texts from inside its event loop,
     * then presses its button at position 1. The texts: the title, then every label, link, table row and button.
     */
    private static List<String> answeredWhileOpen(Runnable closing) {
        AtomicReference<List<String>> read = new AtomicReference<>();
        ModalDialogs.answer(1, dialog -> read.set(texts(dialog)), Workbench.window().getShell());
        closing.run();
        UiWait.until("the dialog was answered", () -> read.get() != null);
        return read.get();
    }

    /** A dialog's title, then every label, link, table row and button. */
    private static List<String> texts(Shell dialog) {
        List<String> texts = new ArrayList<>(List.of(dialog.getText()));
        collect(dialog, texts);
        return texts;
    }

    private static void collect(Composite parent, List<String> texts) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label && !label.getText().isBlank()) {
                texts.add(label.getText());
            } else if (child instanceof Link link) {
                texts.add(link.getText());
            } else if (child instanceof Button button && !button.getText().isBlank()) {
                texts.add(button.getText());
            } else if (child instanceof Table table) {
                Arrays.stream(table.getItems()).map(TableItem::getText).forEach(texts::add);
            }
            if (child instanceof Composite composite) {
                collect(composite, texts);
            }
        }
    }

    /** The dialog's texts were read (a title, a question, two buttons at least) and none is English. */
    private static void assertReadInChinese(List<String> asked) {
        assertThat(asked).as("the dialog was read").hasSizeGreaterThanOrEqualTo(4);
        assertThat(asked.stream().filter(ChineseSaveDialogsTest::isEnglish)).as("texts in English").isEmpty();
    }

    /** Words and no Chinese character; a file's name and path (plan.podium  [examples/plan.podium]) are neither. */
    private static boolean isEnglish(String text) {
        String words = text.replaceAll("\\[[^\\]]*\\]", "").replaceAll("[\\w/-]+\\.podium", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return MenuTexts.isEnglish(words);
    }
}
