/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The main menu built from the platform's standard actions, relabelled from {@link Messages}; the
 * group markers are where plugin.xml contributions (Open File, tool windows) go.
 */
final class PodiumActionBarAdvisor extends ActionBarAdvisor {
    static final String GROUP_OPEN = "open"; //$NON-NLS-1$
    static final String GROUP_TOOL_WINDOWS = "toolWindows"; //$NON-NLS-1$

    PodiumActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(fileMenu());
        menuBar.add(editMenu());
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu());
        menuBar.add(helpMenu());
    }

    private MenuManager fileMenu() {
        MenuManager menu = new MenuManager(Messages.PodiumActionBarAdvisor_menuFile, IWorkbenchActionConstants.M_FILE);
        menu.add(new GroupMarker(GROUP_OPEN));
        menu.add(new Separator());
        menu.add(action(ActionFactory.CLOSE, Messages.PodiumActionBarAdvisor_close));
        menu.add(new Separator());
        menu.add(action(ActionFactory.SAVE, Messages.PodiumActionBarAdvisor_save));
        menu.add(action(ActionFactory.SAVE_ALL, Messages.PodiumActionBarAdvisor_saveAll));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new Separator());
        menu.add(action(ActionFactory.QUIT, Messages.PodiumActionBarAdvisor_exit));
        return menu;
    }

    private MenuManager editMenu() {
        MenuManager menu = new MenuManager(Messages.PodiumActionBarAdvisor_menuEdit, IWorkbenchActionConstants.M_EDIT);
        // Commands, not ActionFactory's retarget actions: those reset their label to built-in English.
        menu.add(command(IWorkbenchCommandConstants.EDIT_UNDO, Messages.PodiumActionBarAdvisor_undo, ISharedImages.IMG_TOOL_UNDO));
        menu.add(command(IWorkbenchCommandConstants.EDIT_REDO, Messages.PodiumActionBarAdvisor_redo, ISharedImages.IMG_TOOL_REDO));
        menu.add(new Separator());
        menu.add(action(ActionFactory.CUT, Messages.PodiumActionBarAdvisor_cut));
        menu.add(action(ActionFactory.COPY, Messages.PodiumActionBarAdvisor_copy));
        menu.add(action(ActionFactory.PASTE, Messages.PodiumActionBarAdvisor_paste));
        menu.add(new Separator());
        menu.add(action(ActionFactory.SELECT_ALL, Messages.PodiumActionBarAdvisor_selectAll));
        menu.add(new Separator());
        menu.add(action(ActionFactory.FIND, Messages.PodiumActionBarAdvisor_find));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        return menu;
    }

    private MenuManager windowMenu() {
        MenuManager menu = new MenuManager(Messages.PodiumActionBarAdvisor_menuWindow, IWorkbenchActionConstants.M_WINDOW);
        menu.add(new GroupMarker(GROUP_TOOL_WINDOWS));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        return menu;
    }

    private MenuManager helpMenu() {
        MenuManager menu = new MenuManager(Messages.PodiumActionBarAdvisor_menuHelp, IWorkbenchActionConstants.M_HELP);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        AboutAction about = new AboutAction(getActionBarConfigurer().getWindowConfigurer().getWindow());
        register(about);
        menu.add(about);
        return menu;
    }

    private IContributionItem command(String commandId, String label, String imageId) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
        CommandContributionItemParameter item = new CommandContributionItemParameter(window, commandId, commandId,
                CommandContributionItem.STYLE_PUSH);
        item.label = label;
        item.icon = window.getWorkbench().getSharedImages().getImageDescriptor(imageId);
        item.disabledIcon = window.getWorkbench().getSharedImages().getImageDescriptor(imageId + "_DISABLED"); //$NON-NLS-1$
        return new CommandContributionItem(item);
    }

    private IWorkbenchAction action(ActionFactory factory, String label) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
        IWorkbenchAction action = factory.create(window);
        action.setText(label);
        register(action);
        return action;
    }
}
