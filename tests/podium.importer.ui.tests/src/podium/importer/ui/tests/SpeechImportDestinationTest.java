/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.importer.ui.internal.Destinations;
import podium.importer.ui.internal.Messages;
import podium.importer.ui.internal.SpeechImport;
import podium.importer.ui.internal.SpeechImportJob;
import podium.importer.ui.internal.review.SpeechReviewEditor;
import podium.importer.ui.internal.wizard.SpeechImportWizard;
import podium.importer.ui.internal.wizard.SpeechSourcePage;
import podium.testing.UiWait;
import podium.ui.internal.workspace.LinkedFolders;

/**
 * The speech import into a folder opened the way the product opens it ({@link LinkedFolders}): the
 * files land in the user's folder on disk, never in the project's own, hidden folder.
 */
class SpeechImportDestinationTest {

    @TempDir
    Path temp;

    private Path dir;
    private IFolder folder;
    private IProject project;
    private IWorkbenchPage page;
    private SpeechImportDialog dialog;


    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createDirectories(temp.resolve("ws"));
        Files.writeString(dir.resolve("plan.podium"), "plan p \"计划\" period 2004 as-of 2004-08-31 for 测试市\n");
        folder = new LinkedFolders(ResourcesPlugin.getWorkspace().getRoot()).open(dir, null);
        project = folder.getProject();
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    private SpeechImportWizard openWizard() {
        SpeechImportWizard wizard = new SpeechImportWizard();
        // the explorer shows the project, named like the folder, in place of the linked folder
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        dialog = new SpeechImportDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.open();
        return wizard;
    }

    private Path speech() throws Exception {
        Path text = Files.createDirectories(temp.resolve("downloads")).resolve("2004-03-06-市长讲话.txt");
        Files.write(text, Fixtures.SPEECH.getBytes(StandardCharsets.UTF_8));
        return text;
    }

    private SpeechImport finish(SpeechImportWizard wizard) {
        dialog.finish();
        SpeechImportJob job = wizard.job();
        UiWait.until("the import job", () -> job.getResult() != null);
        assertThat(job.getResult().isOK()).as(String.valueOf(job.getResult())).isTrue();
        SpeechImport imported = job.outcome();
        UiWait.until("the review of " + imported.source(), () -> page.getActiveEditor() instanceof SpeechReviewEditor editor
                && imported.source().equals(editor.getEditorInput().getAdapter(IFile.class)));
        return imported;
    }

    @Test
    void theDefaultDestinationIsTheUserFolderShownByItsPathOnDisk() throws Exception {
        SpeechImportWizard wizard = openWizard();
        SpeechSourcePage source = (SpeechSourcePage) wizard.getPages()[0];
        assertThat(source.destinationText()).isEqualTo(dir.toRealPath().toString());
    }

    @Test
    void theDefaultDestinationWritesTheTextAndModelIntoTheUserFolderAndNothingIntoTheProject() throws Exception {
        SpeechImportWizard wizard = openWizard();
        SpeechSourcePage source = (SpeechSourcePage) wizard.getPages()[0];
        source.fill(speech().toString(), source.destinationText());

        SpeechImport imported = finish(wizard);

        assertThat(dir.resolve("2004-03-06-市长讲话.txt")).exists();
        assertThat(dir.resolve("2004-03-06-市长讲话.xmi")).exists();
        assertThat(imported.source()).isEqualTo(folder.getFile("2004-03-06-市长讲话.txt"));
        assertThat(imported.modelFile()).isEqualTo(folder.getFile("2004-03-06-市长讲话.xmi"));
        assertThat(filesIn(project.getLocation().toFile().toPath())).as("the project's own folder")
                .noneMatch(name -> name.endsWith(".txt") || name.endsWith(".xmi"));
    }

    @Test
    void aSubfolderTypedOnDiskIsMadeInTheUserFolder() throws Exception {
        SpeechImportWizard wizard = openWizard();
        SpeechSourcePage source = (SpeechSourcePage) wizard.getPages()[0];
        source.fill(speech().toString(), dir.resolve("讲话").toString());

        finish(wizard);

        assertThat(dir.resolve("讲话/2004-03-06-市长讲话.txt")).exists();
        assertThat(dir.resolve("讲话/2004-03-06-市长讲话.xmi")).exists();
    }

    @Test
    void theProjectsWorkspacePathMeansTheUserFolder() throws Exception {
        assertThat(Destinations.resolve("/" + project.getName())).isEqualTo(folder);
        assertThat(Destinations.suggest(new StructuredSelection(project))).isEqualTo(folder);
    }

    @Test
    void thePlacesOnlyEclipseKeepsAreRefused() throws Exception {
        assertThatThrownBy(() -> Destinations.resolve("/" + project.getName() + "/.settings"))
                .hasMessage(Messages.Destinations_bookkeeping);
        assertThatThrownBy(() -> Destinations.resolve(project.getLocation().append("stray").toOSString()))
                .hasMessage(Messages.Destinations_bookkeeping);

        SpeechImportWizard wizard = openWizard();
        SpeechSourcePage source = (SpeechSourcePage) wizard.getPages()[0];
        source.fill(speech().toString(), "/" + project.getName() + "/.settings");
        assertThat(source.getErrorMessage()).isEqualTo(Messages.Destinations_bookkeeping);
        assertThat(wizard.canFinish()).isFalse();
    }

    @Test
    void aFolderOnDiskThatIsNotOpenedIsRefused() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        assertThatThrownBy(() -> Destinations.resolve(elsewhere.toString())).hasMessage(Messages.Destinations_notOpened);
    }

    private static List<String> filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
