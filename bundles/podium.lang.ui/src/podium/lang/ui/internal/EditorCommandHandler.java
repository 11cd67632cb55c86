/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.window.Window;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import podium.xtext.jface.DocumentSync;
import podium.xtext.jface.Formatter;
import podium.xtext.jface.HyperlinkDetector;
import podium.xtext.jface.Locations;
import podium.xtext.jface.Positions;
import podium.xtext.jface.Refactorings;
import podium.xtext.jface.WorkspaceEdits;

/** Format, open definition, find references and rename in the active plan editor; the action is the handler's data. */
public final class EditorCommandHandler extends AbstractHandler implements IExecutableExtension {
    private String action = "";

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        action = data instanceof String text ? text : "";
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof PodiumEditor editor) || editor.sync() == null) {
            return null;
        }
        DocumentSync sync = editor.sync();
        Shell shell = editor.getSite().getShell();
        try {
            switch (action) {
            case "format" -> Formatter.format(sync);
            case "openDeclaration" -> openDefinition(sync, editor.caretOffset());
            case "references" -> ReferencesDialog.show(shell, Refactorings.references(sync, editor.caretOffset()));
            case "rename" -> rename(shell, sync, editor.caretOffset());
            default -> throw new IllegalArgumentException(action);
            }
        } catch (IllegalStateException e) {
            // The server failed or timed out: tell the user, keep the buffer as it is.
            ILog.get().error("Plan editor command failed: " + action, e);
            MessageDialog.openError(shell, Messages.EditorCommandHandler_failedTitle, String.valueOf(e.getMessage()));
        }
        return null;
    }

    private static void openDefinition(DocumentSync sync, int offset) {
        List<Location> targets = HyperlinkDetector.definitions(sync, sync.document(), offset);
        if (!targets.isEmpty()) {
            Locations.open(targets.get(0));
        }
    }

    static void rename(Shell shell, DocumentSync sync, int offset) {
        Range range = Refactorings.renameRange(sync, offset);
        if (range == null) {
            MessageDialog.openInformation(shell, Messages.EditorCommandHandler_renameTitle, Messages.EditorCommandHandler_nothingToRename);
            return;
        }
        IRegion region = Positions.toRegion(sync.document(), range);
        String oldName;
        try {
            oldName = sync.document().get(region.getOffset(), region.getLength());
        } catch (BadLocationException e) {
            return;
        }
        InputDialog dialog = new InputDialog(shell, Messages.EditorCommandHandler_renameTitle,
                Messages.bind(Messages.EditorCommandHandler_renamePrompt, oldName), oldName,
                text -> text.isBlank() || text.chars().anyMatch(Character::isWhitespace) ? Messages.EditorCommandHandler_badName : null);
        if (dialog.open() != Window.OK || dialog.getValue().equals(oldName)) {
            return;
        }
        WorkspaceEdit edit = Refactorings.rename(sync, offset, dialog.getValue());
        try {
            WorkspaceEdits.apply(edit, new EditTargets());
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.EditorCommandHandler_renameTitle, e.getMessage());
        }
    }
}
