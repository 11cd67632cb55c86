/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.wizard;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import podium.importer.ui.internal.Destinations;
import podium.importer.ui.internal.Messages;
import podium.importer.ui.internal.SpeechImportJob;

/**
 * Imports the text on the clipboard, as pasted from a website: it is saved as a new UTF-8 file in the
 * selected folder (so its problems have a file and lines), then imported like a chosen file.
 */
public final class ClipboardImportHandler extends AbstractHandler {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"); //-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        String text = clipboardText(shell != null ? shell.getDisplay() : Display.getDefault());
        if (text == null || text.isBlank()) {
            MessageDialog.openInformation(shell, Messages.ClipboardImportHandler_title, Messages.ClipboardImportHandler_empty);
            return null;
        }
        IContainer destination = Destinations.suggest(HandlerUtil.getCurrentSelection(event));
        return start(text, destination);
    }

    /** Starts importing {@code text} into {@code destination}; returns the scheduled job. */
    public static SpeechImportJob start(String text, IContainer destination) {
        String name = Messages.ClipboardImportHandler_fileName + "-" + LocalDateTime.now().format(STAMP) + ".txt"; //-NLS-1$ //-NLS-2$
        SpeechImportJob job = new SpeechImportJob(name, (service, monitor) -> {
            SubMonitor progress = SubMonitor.convert(monitor, 2);
            return service.fileForText(text, Destinations.ensure(destination, progress.split(1)), name, progress.split(1));
        });
        job.schedule();
        return job;
    }

    private static String clipboardText(Display display) {
        Clipboard clipboard = new Clipboard(display);
        try {
            return (String) clipboard.getContents(TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
    }
}
