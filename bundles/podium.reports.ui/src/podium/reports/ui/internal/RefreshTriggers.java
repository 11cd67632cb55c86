/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.texteditor.ITextEditor;

import podium.lang.ui.PlanFolders;

/**
 * Tells the window when the shown workspace changed: a file of it saved, added or removed (resource
 * changes), or a plan editor of it edited (500 ms after the last keystroke), and when the workspace to
 * show may have changed (another editor activated, projects added). Also gives the unsaved text of the
 * workspace's plan editors, which the next load reads instead of the disk.
 */
final class RefreshTriggers implements IResourceChangeListener, IPartListener2, IDocumentListener {

    /** How long typing must pause before the report follows it. */
    static final int EDIT_DELAY_MILLIS = 500;
    private static final Set<String> WATCHED = Set.of("podium", "xmi", "ftl"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final IWorkbenchPage page;
    private final Display display;
    private final Supplier<Path> folder;
    private final Runnable changed;
    private final Runnable relocate;
    private final Runnable edited = this::edited;
    private final Map<ITextEditor, IDocument> documents = new HashMap<>();

    /**
     * @param folder   the folder shown now (null when none)
     * @param changed  runs on the UI thread when the shown workspace's files or editors changed
     * @param relocate runs on the UI thread when the workspace to show may be another
     */
    RefreshTriggers(IWorkbenchPage page, Supplier<Path> folder, Runnable changed, Runnable relocate) {
        this.page = page;
        this.display = page.getWorkbenchWindow().getShell().getDisplay();
        this.folder = folder;
        this.changed = changed;
        this.relocate = relocate;
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
        page.addPartListener(this);
        for (IEditorReference reference : page.getEditorReferences()) {
            watch(reference.getEditor(false));
        }
    }

    void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        page.removePartListener(this);
        documents.forEach((editor, document) -> document.removeDocumentListener(this));
        documents.clear();
        display.timerExec(-1, edited);
    }

    /** The unsaved text of the plan editors of {@code shown}, by file. */
    Map<Path, String> unsavedTexts(Path shown) {
        return PlanFolders.unsavedTexts(page, shown);
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta();
        if (delta == null) {
            return;
        }
        boolean[] found = {false, false};
        try {
            delta.accept(d -> {
                if (d.getResource().getType() == IResource.PROJECT || d.getResource().isLinked()) {
                    found[1] |= d.getKind() != IResourceDelta.CHANGED || (d.getFlags() & IResourceDelta.OPEN) != 0;
                }
                if (d.getResource().getType() == IResource.FILE && watched(d)) {
                    found[0] = true;
                }
                return true;
            });
        } catch (CoreException e) {
            return;
        }
        if (found[1]) {
            inUi(relocate);
        }
        if (found[0]) {
            inUi(changed);
        }
    }

    private boolean watched(IResourceDelta delta) {
        Path shown = folder.get();
        IResource file = delta.getResource();
        boolean content = delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.CONTENT) != 0;
        return shown != null && content && file.getLocation() != null && WATCHED.contains(file.getFileExtension())
                && PlanFolders.normalised(file.getLocation().toPath()).startsWith(shown);
    }

    @Override
    public void partOpened(IWorkbenchPartReference reference) {
        if (reference instanceof IEditorReference editor) {
            watch(editor.getEditor(false));
        }
    }

    @Override
    public void partInputChanged(IWorkbenchPartReference reference) {
        partClosed(reference);
        partOpened(reference);
    }

    @Override
    public void partClosed(IWorkbenchPartReference reference) {
        if (reference instanceof IEditorReference) {
            inUi(relocate);
        }
        if (reference instanceof IEditorReference && reference.getPart(false) instanceof IEditorPart editor) {
            ITextEditor text = org.eclipse.core.runtime.Adapters.adapt(editor, ITextEditor.class);
            IDocument document = text == null ? null : documents.remove(text);
            if (document != null) {
                document.removeDocumentListener(this);
                // closed without saving: the disk's text counts again
                if (text.isDirty()) {
                    changedIfShown(editor);
                }
            }
        }
    }

    @Override
    public void partActivated(IWorkbenchPartReference reference) {
        if (reference instanceof IEditorReference) {
            relocate.run();
        }
    }

    private void watch(IEditorPart editor) {
        ITextEditor text = editor == null ? null : org.eclipse.core.runtime.Adapters.adapt(editor, ITextEditor.class);
        if (text == null || documents.containsKey(text) || PlanFolders.planFile(editor).isEmpty()) {
            return;
        }
        IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
        if (document != null) {
            document.addDocumentListener(this);
            documents.put(text, document);
        }
    }

    @Override
    public void documentAboutToBeChanged(DocumentEvent event) {
        // the change itself counts
    }

    @Override
    public void documentChanged(DocumentEvent event) {
        for (Map.Entry<ITextEditor, IDocument> entry : documents.entrySet()) {
            if (entry.getValue() == event.getDocument() && inShownFolder(entry.getKey())) {
                display.timerExec(-1, edited);
                display.timerExec(EDIT_DELAY_MILLIS, edited);
                return;
            }
        }
    }

    private void edited() {
        changed.run();
    }

    private void changedIfShown(IEditorPart editor) {
        if (inShownFolder(editor)) {
            inUi(changed);
        }
    }

    private boolean inShownFolder(IEditorPart editor) {
        Path shown = folder.get();
        return shown != null && PlanFolders.planFile(editor).map(f -> f.startsWith(shown)).orElse(false);
    }

    private void inUi(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!display.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }
}
