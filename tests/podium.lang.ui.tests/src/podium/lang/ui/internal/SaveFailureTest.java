/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.Test;

import podium.core.io.AtomicFiles;

/** A save the file refuses says which file and why in its first line, the one the error dialog shows. */
class SaveFailureTest {

    @Test
    void aReadOnlyPlanNamesItsFileAndTheReasonAndStaysAsItWas() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("save-failure-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("plan.podium");
        byte[] before = "org 市 \"市\"\n".getBytes(StandardCharsets.UTF_8);
        if (file.exists()) {
            file.setContents(new ByteArrayInputStream(before), IResource.FORCE, null);
        } else {
            file.create(new ByteArrayInputStream(before), IResource.FORCE, null);
        }
        Path onDisk = file.getLocation().toPath();
        PodiumDocumentProvider provider = new PodiumDocumentProvider();
        FileEditorInput input = new FileEditorInput(file);
        provider.connect(input);
        try {
            IDocument document = provider.getDocument(input);
            document.replace(0, 0, "// 修改\n");
            Files.setPosixFilePermissions(onDisk, PosixFilePermissions.fromString("r--r--r--"));

            CoreException refused = catchThrowableOfType(() -> provider.saveDocument(null, input, document, true),
                    CoreException.class);

            String expectedReason = AtomicFiles.describe(catchThrowableOfType(() -> AtomicFiles.checkWritable(onDisk),
                    java.io.IOException.class));
            assertThat(refused.getStatus().getMessage()).isEqualTo(
                    "Could not save plan.podium: " + expectedReason + "; the previous version is unchanged");
            assertThat(Files.readAllBytes(onDisk)).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(onDisk, PosixFilePermissions.fromString("rw-r--r--"));
            provider.disconnect(input);
        }
    }
}
