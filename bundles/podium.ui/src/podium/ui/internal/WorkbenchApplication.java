/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import podium.plugins.manager.PluginManager;

/** Starts the Podium workbench; {@code --open DIR} shows DIR in the explorer. */
public final class WorkbenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        StartupOptions options = StartupOptions.parse(arguments(context), Path.of("").toAbsolutePath()); //$NON-NLS-1$
        options.warnings().forEach(w -> ILog.of(getClass()).warn(w));
        loadPlugins();
        Display display = PlatformUI.createDisplay();
        StartupTrace.install(display);
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new PodiumWorkbenchAdvisor(options));
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /** The enabled plugins of the plugin folders (the installation's dropins, the user's plugin folder) join the workbench. */
    private void loadPlugins() {
        PluginManager.current().load().forEach(problem -> ILog.of(getClass()).warn(problem));
    }

    private static String[] arguments(IApplicationContext context) {
        Object args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return args instanceof String[] strings ? strings : new String[0];
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                PlatformUI.getWorkbench().close();
            }
        });
    }
}
