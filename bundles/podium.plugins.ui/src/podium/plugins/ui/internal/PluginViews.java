/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.SynchronousBundleListener;

import podium.plugins.Dropins;
import podium.plugins.manager.FollowedPoints;
import podium.plugins.registry.PointWatcher;

/**
 * Makes the views of plugins ({@code org.eclipse.ui.views}) come and go while the workbench runs, which the
 * platform leaves to a restart: its view registry reads the point only at start, and its
 * {@code ExtensionEventHandler} skips added views and no longer revokes anything of a removed plugin.
 * The open views of a plugin that stops are closed first, while its classes can still run their
 * {@code dispose}; then the view registry follows the extension registry. Once following, it tells the
 * plugin manager ({@link FollowedPoints}), which then needs no restart for views.
 */
final class PluginViews implements SynchronousBundleListener {

    static final String POINT = "org.eclipse.ui.views"; //$NON-NLS-1$

    private static PluginViews following;

    private final IWorkbench workbench;
    private final WorkbenchViews views;
    private final IExtensionRegistry registry = Platform.getExtensionRegistry();

    private PluginViews(IWorkbench workbench, WorkbenchViews views) {
        this.workbench = workbench;
        this.views = views;
    }

    /** Starts following the plugins' views in {@code workbench}, once; the plugins page calls it, the only place they change. */
    static synchronized void follow(IWorkbench workbench) {
        if (following != null) {
            return;
        }
        WorkbenchViews.of(workbench).ifPresent(views -> {
            following = new PluginViews(workbench, views);
            new PointWatcher(following.registry, POINT).addListener(following::later);
            FrameworkUtil.getBundle(PluginViews.class).getBundleContext().addBundleListener(following);
            following.sync();
            FollowedPoints.follow(POINT);
        });
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        if (event.getType() == BundleEvent.STOPPING && bundle.getLocation().startsWith(Dropins.LOCATION_PREFIX)
                && !workbench.isClosing()) {
            close(viewsOf(bundle.getSymbolicName()));
        }
    }

    private void later() {
        Display display = workbench.getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(this::sync);
        }
    }

    /** Brings the workbench's views in line with the extension registry (on the UI thread, as the registry is not thread-safe). */
    private void sync() {
        if (workbench.isClosing()) {
            return;
        }
        Map<String, IConfigurationElement> contributed = new LinkedHashMap<>();
        try {
            for (IConfigurationElement element : registry.getConfigurationElementsFor(POINT)) {
                if ("category".equals(element.getName())) { //$NON-NLS-1$
                    views.addCategory(element);
                } else if ("view".equals(element.getName()) || "e4view".equals(element.getName())) { //$NON-NLS-1$ //$NON-NLS-2$
                    contributed.put(element.getAttribute("id"), element); //$NON-NLS-1$
                }
            }
            for (String id : views.ids()) {
                if (!contributed.containsKey(id) || views.isStale(id)) {
                    views.remove(id);
                }
            }
            Set<String> known = views.ids();
            for (IConfigurationElement element : contributed.values()) {
                if (!known.contains(element.getAttribute("id"))) { //$NON-NLS-1$
                    views.add(element);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            ILog.of(PluginViews.class).error("The plugins' views could not be brought in line with the installed plugins", e); //$NON-NLS-1$
        }
    }

    /** The ids of the views the bundle {@code name} contributes. */
    private Set<String> viewsOf(String name) {
        Set<String> ids = new TreeSet<>();
        IExtensionPoint point = registry.getExtensionPoint(POINT);
        for (IExtension extension : point == null ? new IExtension[0] : point.getExtensions()) {
            if (extension.getContributor().getName().equals(name)) {
                for (IConfigurationElement element : extension.getConfigurationElements()) {
                    if (!"category".equals(element.getName())) { //$NON-NLS-1$
                        ids.add(element.getAttribute("id")); //$NON-NLS-1$
                    }
                }
            }
        }
        return ids;
    }

    /** Closes the open views {@code ids} in every window, on the UI thread, before the caller goes on. */
    private void close(Set<String> ids) {
        Display display = workbench.getDisplay();
        if (ids.isEmpty() || display.isDisposed()) {
            return;
        }
        Runnable close = () -> {
            for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
                for (IWorkbenchPage page : window.getPages()) {
                    for (IViewReference view : page.getViewReferences()) {
                        if (ids.contains(view.getId())) {
                            page.hideView(view);
                        }
                    }
                }
            }
        };
        if (Display.getCurrent() == display) {
            close.run();
        } else {
            display.syncExec(close);
        }
    }
}
