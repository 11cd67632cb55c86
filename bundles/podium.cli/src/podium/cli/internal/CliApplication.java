/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import podium.cli.PodiumCli;
import podium.cli.internal.launch.ResultCache;
import podium.cli.internal.launch.ResultCache.Result;
import podium.cli.internal.launch.RunKey;
import podium.plugins.manager.PluginManager;

/** The OSGi application behind the {@code podium} script's headless subcommands. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
        boolean pluginsLoaded = loadPlugins(err);
        List<String> arguments = List.of(args == null ? new String[0] : args);
        if (RunKey.cacheable(arguments)) {
            Result result = CachedRun.run(arguments, Path.of("").toAbsolutePath(), pluginsLoaded, //$NON-NLS-1$
                    ResultCache.user(System.getenv()));
            out.write(new String(result.out(), StandardCharsets.UTF_8));
            err.write(new String(result.err(), StandardCharsets.UTF_8));
            out.flush();
            err.flush();
            return result.exitCode();
        }
        return PodiumCli.run(arguments.toArray(String[]::new), out, err);
    }

    /**
     * The enabled plugins of the plugin folders contribute reports and exporters to headless commands too;
     * false when one could not be loaded (it was named on stderr).
     */
    private static boolean loadPlugins(PrintWriter err) {
        List<String> problems = PluginManager.current().load();
        problems.forEach(problem -> err.println("podium: " + problem)); //$NON-NLS-1$
        err.flush();
        return problems.isEmpty();
    }

    @Override
    public void stop() {
        // commands are short-lived and hold no resources worth releasing early
    }
}
