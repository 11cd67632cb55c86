/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.dialogs;

import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import podium.ui.internal.Messages;

/**
 * Before an import rewrites files of a folder that an editor may hold with unsaved changes: saving the
 * editor afterwards would drop what the import wrote, reverting it would drop the changes. The user is
 * asked to save them first (the workbench's own question); a file still unsaved after it stops the
 * import.
 */
public final class UnsavedChanges {

    private UnsavedChanges() {
    }

    /**
     * Asks to save the modified editors of the files under {@code folder}; what stops the import when one
     * is still unsaved after that (the user chose not to save, or cancelled), else empty.
     */
    public static Optional<String> saveBeforeRewriting(IContainer folder) {
        IDE.saveAllEditors(new IResource[] { folder }, true); // cancelled or not: what is still unsaved decides
        return unsavedIn(folder).map(file -> NLS.bind(Messages.UnsavedChanges_stillUnsaved, file.getName()));
    }

    private static Optional<IFile> unsavedIn(IContainer folder) {
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    IEditorPart editor = reference.getEditor(false);
                    IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
                    if (file != null && editor.isDirty() && folder.getFullPath().isPrefixOf(file.getFullPath())) {
                        return Optional.of(file);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
