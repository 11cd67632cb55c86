/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.IParameter;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;

import podium.search.SearchContext;
import podium.search.SearchItem;
import podium.search.SearchProvider;
import podium.search.SearchTarget;

/**
 * The workbench's commands that need no parameter (Ctrl+Shift+A), with their category and key: what
 * the menus and tool windows can do, found by name or pinyin.
 */
public final class Actions implements SearchProvider {

    private static final String OWN_CATEGORY = "podium.search.ui.commands"; //$NON-NLS-1$

    @Override
    public void collect(SearchContext context, Consumer<SearchItem> items) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        List<SearchItem> found = new ArrayList<>();
        Display.getDefault().syncExec(() -> read(found));
        found.forEach(items);
    }

    private static void read(List<SearchItem> found) {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        for (Command command : commands.getDefinedCommands()) {
            try {
                if (!runsWithoutParameters(command) || OWN_CATEGORY.equals(command.getCategory().getId())) {
                    continue;
                }
                String key = bindings == null ? null : bindings.getBestActiveBindingFormattedFor(command.getId());
                String category = command.getCategory().getName();
                String detail = key == null ? category : category + " · " + key; //$NON-NLS-1$
                List<String> keywords = new ArrayList<>();
                keywords.add(command.getDescription());
                keywords.add(command.getId());
                found.add(new SearchItem(command.getName(), detail, keywords, new SearchTarget.Command(command.getId())));
            } catch (NotDefinedException e) {
                // undefined since the list was taken: not offered
            }
        }
    }

    private static boolean runsWithoutParameters(Command command) throws NotDefinedException {
        IParameter[] parameters = command.getParameters();
        if (parameters != null) {
            for (IParameter parameter : parameters) {
                if (!parameter.isOptional()) {
                    return false;
                }
            }
        }
        return command.getName() != null && !command.getName().isBlank();
    }
}
