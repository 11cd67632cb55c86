/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal;

import org.eclipse.core.resources.IFile;

import podium.importer.ImportResult;

/**
 * One imported text in the workspace: its file, what the importer read and where the model was saved.
 *
 * @param modelFile  the saved XMI speech model, or null when saving failed
 * @param saveFailure why the model could not be saved, or null
 */
public record SpeechImport(IFile source, ImportResult result, IFile modelFile, String saveFailure) {
}
