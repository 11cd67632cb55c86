/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import podium.importer.ImportResult;
import podium.importer.SpeechImporter;
import podium.importer.model.SpeechModelMapper;

/**
 * Imports a text file of the workspace: runs the headless importer, puts its problems on the file as
 * markers and saves the speech model next to it. Never runs on the UI thread; never changes the text.
 */
public final class SpeechImportService {

    private final SpeechImporter importer = new SpeechImporter();

    /** Imports {@code file}, which must be in the workspace. */
    public SpeechImport importFile(IFile file, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        file.refreshLocal(IResource.DEPTH_ZERO, progress.split(1));
        Path location = file.getLocation().toFile().toPath();
        ImportResult result = importer.importFile(location);
        ResourcesPlugin.getWorkspace().run(m -> ProblemMarkers.replace(file, result.problems()), file, 0, progress.split(1));
        if (result.speeches().isEmpty()) {
            return new SpeechImport(file, result, null, null);
        }
        Path folder = location.getParent();
        try {
            Path modelPath = SpeechModelMapper.saveXmi(result, folder);
            IFile modelFile = file.getParent().getFile(new org.eclipse.core.runtime.Path(modelPath.getFileName().toString()));
            modelFile.refreshLocal(IResource.DEPTH_ZERO, progress.split(1));
            return new SpeechImport(file, result, modelFile, null);
        } catch (IOException | RuntimeException e) {
            file.getParent().refreshLocal(IResource.DEPTH_ONE, progress.split(1));
            return new SpeechImport(file, result, null, NLS.bind(Messages.SpeechImportService_saveFailed, folder, e.getMessage()));
        }
    }

    /** The workspace file for {@code source}: itself when inside the workspace, else a copy in {@code destination}. */
    public IFile workspaceFileFor(Path source, IContainer destination, IProgressMonitor monitor) throws CoreException, IOException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        for (IFile file : root.findFilesForLocationURI(source.toAbsolutePath().toUri())) {
            if (file.isAccessible()) {
                return file;
            }
        }
        byte[] bytes = Files.readAllBytes(source);
        IFile copy = unusedFile(destination, source.getFileName().toString());
        copy.create(new ByteArrayInputStream(bytes), IResource.NONE, monitor);
        return copy;
    }

    /** Writes pasted text as a new UTF-8 file in {@code destination}. */
    public IFile fileForText(String text, IContainer destination, String name, IProgressMonitor monitor) throws CoreException {
        IFile file = unusedFile(destination, name);
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.NONE, monitor);
        file.setCharset(StandardCharsets.UTF_8.name(), new NullProgressMonitor());
        return file;
    }

    /** A file named {@code name} in the container, numbered when that name is taken: never overwrites. */
    static IFile unusedFile(IContainer container, String name) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : ""; //-NLS-1$
        IFile file = container.getFile(new org.eclipse.core.runtime.Path(name));
        for (int i = 2; file.exists(); i++) {
            file = container.getFile(new org.eclipse.core.runtime.Path(base + "-" + i + extension)); //-NLS-1$
        }
        return file;
    }
}
