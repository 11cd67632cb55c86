/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import podium.lang.ide.PodiumIdeSetup;
import podium.testing.Folders;
import podium.testing.UiWait;
import podium.ui.internal.workspace.LinkedFolders;
import podium.xtext.jface.Diagnostics;
import podium.xtext.jface.LanguageSession;

/**
 * A folder opened while the language server started, before anyone listened to the workspace (podium
 * --open on a first start, once the language is prepared early), is told to the server when the watcher
 * catches up; it then validates the folder's plans like any other.
 */
class WorkspaceWatcherCatchUpTest {
    private LanguageSession session;
    private IFolder folder;
    // what the workbench's own server finds for .podium files: a second injector's set-up replaces it
    private final Object resourceFactory = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().get("podium");
    private final Object serviceProvider = IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().get("podium");

    @AfterEach
    void closeAndDelete() throws Exception {
        session.close();
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("podium", resourceFactory);
        IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().put("podium", serviceProvider);
        folder.getProject().delete(true, true, null);
    }

    @Test
    void aFolderOpenedWhileTheServerStartedIsValidatedAfterTheCatchUp() throws Exception {
        // a server of its own (its own injector: one injector's servers share their workspace manager)
        session = LanguageSession.start(new PodiumIdeSetup().createInjectorAndDoEMFRegistration(),
                PodiumLanguage.FILE_EXTENSION, List.of());
        Map<String, List<Diagnostic>> published = new ConcurrentHashMap<>();
        session.addDiagnosticsListener(published::put);
        WorkspaceWatcher watcher = new WorkspaceWatcher(session, List.of());
        // the folder is opened in one workspace operation, as OpenFolderJob does, and nobody listens
        AtomicReference<IFolder> opened = new AtomicReference<>();
        ResourcesPlugin.getWorkspace().run(monitor -> {
            try {
                // a name of its own: the server knows a folder by its name, and other tests open "examples"
                Path copy = Folders.examplesCopy("caught-up");
                Path named = Files.move(copy, copy.resolveSibling("caught-up-examples"));
                opened.set(new LinkedFolders(ResourcesPlugin.getWorkspace().getRoot()).open(named, monitor));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, null);
        folder = opened.get();

        watcher.catchUp(PodiumLanguage.projectFolders());

        // examples/plan.podium line 40 (LSP line 39): 确保 shares add up to 8015 万美元 against 8000 (podium validate examples)
        String plan = folder.getFile("plan.podium").getLocationURI().getPath();
        UiWait.until("the server's warning on the caught-up plan.podium", () -> published.entrySet().stream()
                .anyMatch(entry -> entry.getKey().endsWith(plan) && codesAndLines(entry.getValue()).contains("39 PDM-D001")));
        assertThat(published.keySet()).as("documents of the caught-up folder").anyMatch(uri -> uri.endsWith(plan));
    }

    private static List<String> codesAndLines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.getRange().getStart().getLine() + " " + Diagnostics.code(d)).toList();
    }
}
