/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.ui.internal;

import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;

import podium.lang.ui.ElementOpener;
import podium.search.SearchItem;
import podium.search.SearchTarget;
import podium.ui.internal.settings.SettingsHandler;

/** Opens what a search result stands for; returns a message for the user when it cannot. */
final class TargetOpener {

    private TargetOpener() {
    }

    static Optional<String> open(IWorkbenchPage page, SearchItem item, ResourceSet model) {
        try {
            SearchTarget target = item.target();
            if (target instanceof SearchTarget.Element element) {
                return ElementOpener.open(page, element.uri(), model);
            }
            if (target instanceof SearchTarget.File file) {
                IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.path().toUri());
                if (files.length > 0 && files[0].isAccessible()) {
                    IDE.openEditor(page, files[0], true);
                } else {
                    IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.path().toUri()));
                }
                return Optional.empty();
            }
            if (target instanceof SearchTarget.Command command) {
                return run(page, item, command);
            }
            if (target instanceof SearchTarget.Settings settings) {
                // through Settings' own command, so that the dialog is the one Ctrl+Alt+S opens
                return run(page, item, new SearchTarget.Command(SettingsHandler.COMMAND,
                        Map.of(SettingsHandler.PAGE, settings.pageId())));
            }
            return Optional.empty();
        } catch (PartInitException | RuntimeException e) {
            return Optional.of(NLS.bind(Messages.Open_failed, item.label(), e.getMessage()));
        }
    }

    private static Optional<String> run(IWorkbenchPage page, SearchItem item, SearchTarget.Command target) {
        ICommandService commands = page.getWorkbenchWindow().getService(ICommandService.class);
        IHandlerService handlers = page.getWorkbenchWindow().getService(IHandlerService.class);
        Command command = commands.getCommand(target.commandId());
        try {
            handlers.executeCommand(ParameterizedCommand.generateCommand(command, target.parameters()), null);
            return Optional.empty();
        } catch (NotHandledException | NotEnabledException e) {
            return Optional.of(NLS.bind(Messages.Open_notAvailable, item.label()));
        } catch (Exception e) {
            return Optional.of(NLS.bind(Messages.Open_failed, item.label(), e.getMessage()));
        }
    }
}
