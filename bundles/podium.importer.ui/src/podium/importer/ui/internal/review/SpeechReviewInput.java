/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.review;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import podium.importer.ui.internal.Messages;
import podium.importer.ui.internal.SpeechImport;

/** The result of one import, shown by the review editor; equal for the same text file. */
public final class SpeechReviewInput implements IEditorInput {

    private final SpeechImport imported;

    public SpeechReviewInput(SpeechImport imported) {
        this.imported = Objects.requireNonNull(imported);
    }

    public SpeechImport imported() {
        return imported;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return NLS.bind(Messages.SpeechReviewInput_name, imported.source().getName());
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return imported.source().getFullPath().toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == IFile.class ? adapter.cast(imported.source()) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpeechReviewInput input && input.imported.source().equals(imported.source());
    }

    @Override
    public int hashCode() {
        return imported.source().hashCode();
    }
}
