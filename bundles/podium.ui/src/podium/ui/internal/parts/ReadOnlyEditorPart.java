/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.parts;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.part.EditorPart;

/**
 * An editor that shows a file and never changes it (model browser, speech review): it is never
 * dirty, so the workbench never offers to save it.
 */
public abstract class ReadOnlyEditorPart extends EditorPart {

    @Override
    public final void doSave(IProgressMonitor monitor) {
        // nothing to save: the file is only shown
    }

    @Override
    public final void doSaveAs() {
        // nothing to save
    }

    @Override
    public final boolean isDirty() {
        return false;
    }

    @Override
    public final boolean isSaveAsAllowed() {
        return false;
    }
}
