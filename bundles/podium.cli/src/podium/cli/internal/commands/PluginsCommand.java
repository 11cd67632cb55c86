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
import podium.plugins.manager.Plugin;
import podium.plugins.manager.PluginChange;
import podium.plugins.manager.PluginCodes;
import podium.plugins.manager.PluginException;
import podium.plugins.manager.PluginManager;

/** {@code podium plugins list|install|enable|disable|uninstall}: the plugin manager, headless. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = {"Lists, installs, enables, disables and uninstalls plugins: bundles that add reports and export formats.",
            "Plugins are installed into the user's plugin folder (~/.local/share/podium/plugins, or the first folder"
                + " of -Dpodium.plugins); which ones are disabled is kept there too."},
        subcommands = { PluginsCommand.ListPlugins.class, PluginsCommand.Install.class, PluginsCommand.Enable.class,
            PluginsCommand.Disable.class, PluginsCommand.Uninstall.class },
        footer = {"%nExamples:%n  podium plugins list%n  podium plugins install acme.reports-1.0.0.jar%n"
                + "  podium plugins install acme-site/target/repository%n  podium plugins disable acme.reports",
            "%nA workbench that is already open sees the change when it starts again.",
            "%nExit codes: 0 done, 1 refused or the plugin failed to load (the message says why, with a PDM-E code),"
                + " 2 usage error (unknown plugin id, no such file), 3 internal error."})
public final class PluginsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** {@code podium plugins list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Lists the installed plugins.",
                "One line each: id, version, state (active, resolved, disabled, failed), name and vendor; then the"
                    + " description and, for a failed plugin, its error."})
    public static final class ListPlugins implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            try {
                PluginManager manager = PluginManager.current();
                List<Plugin> plugins = manager.list();
                if (plugins.isEmpty()) {
                    spec.commandLine().getOut().println("no plugins installed in " + manager.home());
                }
                print(spec.commandLine().getOut(), plugins);
                return ExitCodes.OK;
            } catch (PluginException e) {
                return refused(spec, e);
            }
        }
    }

    /** {@code podium plugins install FILE|REPOSITORY [--force]}. */
    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Installs a plugin jar or the plugins of a p2 repository folder, and loads them.",
                "A repository folder has plugins/*.jar (e.g. a Tycho build's target/repository); Podium's own bundles"
                    + " in it are skipped. A newer installed version is never replaced unless --force; the same version"
                    + " is reinstalled."})
    public static final class Install implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "a plugin .jar or a p2 repository folder")
        private Path source;

        @Option(names = "--force", description = "install even if a newer version is installed (a downgrade)")
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

        @Parameters(index = "0", paramLabel = "ID", description = "the plugin's id (see 'podium plugins list')")
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
    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enables a disabled plugin and loads it.")
    public static final class Enable extends OnePlugin {
        @Override
        PluginChange change(PluginManager manager, String plugin) throws PluginException {
            return manager.enable(plugin);
        }
    }

    /** {@code podium plugins disable ID}. */
    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disables a plugin: it is unloaded and stays off, its jar kept, until enabled.")
    public static final class Disable extends OnePlugin {
        @Override
        PluginChange change(PluginManager manager, String plugin) throws PluginException {
            return manager.disable(plugin);
        }
    }

    /** {@code podium plugins uninstall ID}. */
    @Command(name = "uninstall", mixinStandardHelpOptions = true,
            description = "Unloads a plugin and deletes its jar from the plugin folder.")
    public static final class Uninstall extends OnePlugin {
        @Override
        PluginChange change(PluginManager manager, String plugin) throws PluginException {
            return manager.uninstall(plugin);
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
