/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.FileDocumentProvider;

import podium.core.io.AtomicFiles;
import podium.lang.tools.TextLayout;
import podium.xtext.jface.Partitioning;

/**
 * Plan documents: partitioned for highlighting, always UTF-8, and saved atomically with a backup of
 * the previous version, so a crash while saving never leaves a half-written plan; a file changed on disk
 * since it was read is not overwritten unless the user says so.
 */
public final class PodiumDocumentProvider extends FileDocumentProvider {
    @Override
    protected IDocument createDocument(Object element) throws CoreException {
        IDocument document = super.createDocument(element);
        if (document != null) {
            Partitioning.install(document);
        }
        return document;
    }

    @Override
    public String getEncoding(Object element) {
        return StandardCharsets.UTF_8.name();
    }

    /**
     * Also false when the file changed on disk since the editor read it, even once the workspace has been
     * refreshed (the platform looks at the refresh only): the editor then asks before its text replaces
     * the other change, or the other change its text.
     */
    @Override
    public boolean isSynchronized(Object element) {
        FileInfo info = (FileInfo) getElementInfo(element);
        if (info != null && element instanceof IFileEditorInput input && input.getFile().getLocation() != null
                && info.fModificationStamp != computeModificationStamp(input.getFile())) {
            return false;
        }
        return super.isSynchronized(element);
    }

    /** Saving also refreshes the file, which needs its parent's rule. */
    @Override
    protected ISchedulingRule getSaveRule(Object element) {
        if (element instanceof IFileEditorInput input) {
            IResourceRuleFactory rules = ResourcesPlugin.getWorkspace().getRuleFactory();
            return MultiRule.combine(rules.modifyRule(input.getFile()), rules.refreshRule(input.getFile()));
        }
        return super.getSaveRule(element);
    }

    @Override
    protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite)
            throws CoreException {
        if (!(element instanceof IFileEditorInput input) || input.getFile().getLocation() == null) {
            super.doSaveDocument(monitor, element, document, overwrite);
            return;
        }
        IFile file = input.getFile();
        FileInfo info = (FileInfo) getElementInfo(element);
        if (!overwrite && info != null) {
            // changed on disk since it was read (podium actuals import in a terminal, another editor): the
            // platform's check, which makes the editor ask before the other change is overwritten
            checkSynchronizationState(info.fModificationStamp, file);
        }
        if (info != null && info.fFileSynchronizer != null) {
            info.fFileSynchronizer.uninstall();
        }
        try {
            Path path = file.getLocation().toPath();
            // the document holds the text without the mark; a file that had one keeps it (Windows tools add it)
            AtomicFiles.write(path, TextLayout.utf8(document.get(), TextLayout.startsWithBom(path)));
            file.refreshLocal(IResource.DEPTH_ZERO, monitor);
        } catch (IOException e) {
            // the error dialog shows this line, the cause only under Details: say the reason here
            throw new CoreException(Status.error(Messages.bind(Messages.PodiumDocumentProvider_saveFailed, file.getName(),
                    AtomicFiles.describe(e)), e));
        } finally {
            if (info != null && info.fFileSynchronizer != null) {
                info.fFileSynchronizer.install();
            }
        }
        if (info != null) {
            info.fModificationStamp = computeModificationStamp(file);
        }
    }
}
