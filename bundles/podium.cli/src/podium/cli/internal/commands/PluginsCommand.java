/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import podium.cli.internal.ExitCodes;
import podium.cli.internal.Messages;
import podium.cli.internal.output.DisplayPaths;
import podium.cli.internal.UsageErrors;
import podium.plugins.manager.Plugin;
import podium.plugins.manager.PluginChange;
import podium.plugins.manager.PluginCodes;
import podium.plugins.manager.PluginException;
import podium.plugins.manager.PluginManager;

/** {@code podium plugins list|install|enable|disable|uninstall}: the plugin manager, headless. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        subcommands = { PluginsCommand.ListPlugins.class, PluginsCommand.Install.class, PluginsCommand.Enable.class,
            PluginsCommand.Disable.class, PluginsCommand.Uninstall.class })
public final class PluginsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw UsageErrors.subcommandMissing(spec);
    }

    /** {@code podium plugins list}. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListPlugins implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            try {
                PluginManager manager = PluginManager.current();
                List<Plugin> plugins = manager.list();
                if (plugins.isEmpty()) {
                    spec.commandLine().getOut().println(Messages.format(Messages.PluginsCommand_nonInstalled, DisplayPaths.of(manager.home())));
                }
                print(spec.commandLine().getOut(), plugins);
                return ExitCodes.OK;
            } catch (PluginException e) {
                return refused(spec, e);
            }
        }
    }

    /** {@code podium plugins install FILE|REPOSITORY [--force]}. */
    @Command(name = "install", mixinStandardHelpOptions = true)
    public static final class Install implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "source")
        private Path source;

        @Option(names = "--force")
        private boolean force;

        @Override
        public Integer call() {
            try {
                return done(spec, PluginManager.current().install(source, force));
            } catch (PluginException e) {
                return refused(spec, e);
            }
        }
    }

    /** What enable, disable and uninstall share: one plugin id, one change, its outcome printed. */
    abstract static class OnePlugin implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "pluginId")
        private String id;

        abstract PluginChange change(PluginManager manager, String plugin) throws PluginException;

        @Override
        public Integer call() {
            try {
                return done(spec, change(PluginManager.current(), id));
            } catch (PluginException e) {
                return refused(spec, e);
            }
        }
    }

    /** {@code podium plugins enable ID}. */
    @Command(name = "enable", mixinStandardHelpOptions = true)
    public static final class Enable extends OnePlugin {
        @Override
        PluginChange change(PluginManager manager, String plugin) throws PluginException {
            return manager.enable(plugin);
        }
    }

    /** {@code podium plugins disable ID}. */
    @Command(name = "disable", mixinStandardHelpOptions = true)
    public static final class Disable extends OnePlugin {
        @Override
        PluginChange change(PluginManager manager, String plugin) throws PluginException {
            return manager.disable(plugin);
        }
    }

    /** {@code podium plugins uninstall ID}. */
    @Command(name = "uninstall", mixinStandardHelpOptions = true)
    public static final class Uninstall extends OnePlugin {
        @Override
        PluginChange change(PluginManager manager, String plugin) throws PluginException {
            return manager.uninstall(plugin, DisplayPaths::of);
        }
    }

    /** Prints what a change did; a plugin that failed to load is an error (exit 1). */
    static int done(CommandSpec spec, PluginChange change) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(change.summary());
        print(out, change.plugins());
        change.notes().forEach(out::println);
        for (Plugin plugin : change.plugins()) {
            if (plugin.state() == Plugin.State.FAILED) {
                spec.commandLine().getErr().println(prefix(spec) + "error " + PluginCodes.FAILED + ' ' + plugin.id() + ": "
                        + plugin.error());
            }
        }
        return change.failed() ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    /** Prints a refusal with its code; nothing was changed. */
    static int refused(CommandSpec spec, PluginException e) {
        spec.commandLine().getErr().println(prefix(spec) + "error " + e.code() + ' ' + e.getMessage());
        boolean usage = PluginCodes.UNKNOWN_PLUGIN.equals(e.code()) || PluginCodes.NO_SUCH_FILE.equals(e.code());
        return usage ? ExitCodes.USAGE : ExitCodes.PROBLEMS;
    }

    private static String prefix(CommandSpec spec) {
        return "podium plugins " + spec.name() + ": ";
    }

    /** One line per plugin: id, version, state, name (vendor); then its description and error, indented. */
    static void print(PrintWriter out, List<Plugin> plugins) {
        int idWidth = plugins.stream().mapToInt(p -> p.id().length()).max().orElse(1);
        int versionWidth = Math.max(1, plugins.stream().mapToInt(p -> p.version().length()).max().orElse(1));
        for (Plugin p : plugins) {
            String name = p.name().equals(p.id()) ? "" : p.name();
            String vendor = p.vendor() == null ? "" : " (" + p.vendor() + ")";
            out.println(String.format("%-" + idWidth + "s  %-" + versionWidth + "s  %-8s  %s%s", p.id(), p.version(),
                    p.state().word(), name, vendor).stripTrailing());
            if (p.description() != null) {
                out.println("    " + p.description());
            }
            if (p.error() != null) {
                out.println("    error: " + p.error());
            }
        }
    }
}
