/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import podium.cli.PodiumCli;
import podium.plugins.manager.PluginManager;

/** The OSGi application behind the {@code podium} script's headless subcommands. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
        loadPlugins(err);
        return PodiumCli.run(args == null ? new String[0] : args, out, err);
    }

    /** The enabled plugins of the plugin folders contribute reports and exporters to headless commands too. */
    private static void loadPlugins(PrintWriter err) {
        PluginManager.current().load().forEach(problem -> err.println("podium: " + problem)); //$NON-NLS-1$
        err.flush();
    }

    @Override
    public void stop() {
        // commands are short-lived and hold no resources worth releasing early
    }
}
