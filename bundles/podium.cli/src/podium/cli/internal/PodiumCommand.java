/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import podium.cli.internal.commands.VersionProvider;

/** The top-level {@code podium} command; each subcommand is one class in {@code commands}. */
@Command(name = "podium", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {
            // one line per subcommand; keep this list sorted
            podium.cli.internal.commands.ActualsCommand.class,
            podium.cli.internal.commands.ConvertCommand.class,
            podium.cli.internal.commands.DaemonCommand.class,
            podium.cli.internal.commands.FormatCommand.class,
            picocli.CommandLine.HelpCommand.class,
            podium.cli.internal.commands.ImportCommand.class,
            podium.cli.internal.commands.PluginsCommand.class,
            podium.cli.internal.commands.ReportCommand.class,
            podium.cli.internal.commands.ValidateCommand.class,
        })
public final class PodiumCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
