/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.views.IViewCategory;
import org.eclipse.ui.views.IViewDescriptor;

import podium.ui.ToolWindows;
import podium.ui.internal.handlers.ToggleToolWindowHandler;

/**
 * The tool windows the stripes show: every view of the {@code podium.ui.views} category (so a plugin's
 * tool window gets a button too), the built-in ones first in the order of their Alt+n numbers. Each
 * button runs the tool window's toggle command, found where plugin.xml binds it to
 * {@link ToggleToolWindowHandler}, so the button and the keys are one mechanism.
 */
public final class ToolWindowCatalog {
    /** The views category of tool windows. */
    public static final String CATEGORY = "podium.ui.views"; //$NON-NLS-1$
    private static final String HANDLERS = "org.eclipse.ui.handlers"; //$NON-NLS-1$

    private final List<IViewDescriptor> views;
    private final Map<String, String> toggles;

    private ToolWindowCatalog(List<IViewDescriptor> views, Map<String, String> toggles) {
        this.views = views;
        this.toggles = toggles;
    }

    public static ToolWindowCatalog of(IWorkbench workbench) {
        List<IViewDescriptor> views = new ArrayList<>();
        for (IViewCategory category : workbench.getViewRegistry().getCategories()) {
            if (CATEGORY.equals(category.getId())) {
                views.addAll(List.of(category.getViews()));
            }
        }
        views.sort(Comparator.comparingInt((IViewDescriptor v) -> rank(v.getId())).thenComparing(IViewDescriptor::getLabel));
        return new ToolWindowCatalog(List.copyOf(views), toggleCommands(RegistryFactory.getRegistry()));
    }

    private static int rank(String id) {
        int at = ToolWindows.ALL.indexOf(id);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    public List<IViewDescriptor> views() {
        return views;
    }

    public List<String> ids() {
        return views.stream().map(IViewDescriptor::getId).toList();
    }

    /** The command that toggles the tool window (the one Alt+n runs), if plugin.xml declares one. */
    public Optional<String> toggleCommand(String viewId) {
        return Optional.ofNullable(toggles.get(viewId));
    }

    /** View id → command id of every handler declared as {@code ToggleToolWindowHandler:<view id>}. */
    static Map<String, String> toggleCommands(IExtensionRegistry registry) {
        Map<String, String> toggles = new HashMap<>();
        String prefix = ToggleToolWindowHandler.class.getName() + ':';
        for (IConfigurationElement handler : registry == null ? new IConfigurationElement[0]
                : registry.getConfigurationElementsFor(HANDLERS)) {
            String type = handler.getAttribute("class"); //$NON-NLS-1$
            String command = handler.getAttribute("commandId"); //$NON-NLS-1$
            if (type != null && command != null && type.startsWith(prefix)) {
                toggles.putIfAbsent(type.substring(prefix.length()), command);
            }
        }
        return toggles;
    }
}
