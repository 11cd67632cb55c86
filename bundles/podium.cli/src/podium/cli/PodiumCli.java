/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;

import picocli.CommandLine;
import podium.cli.internal.ExitCodes;
import podium.cli.internal.Messages;
import podium.cli.internal.UsageErrors;
import podium.cli.internal.output.DisplayPaths;
import podium.cli.internal.output.WrappingHelp;
import podium.cli.internal.PodiumCommand;
import podium.core.io.AtomicFiles;

/**
 * Entry point of the headless {@code podium} command, usable with or without OSGi: results go to
 * {@code out}, problems and errors to {@code err}, and the exit code says how it went (see
 * {@link ExitCodes}).
 */
public final class PodiumCli {

    /** The help texts, in help.properties and help_zh_CN.properties. */
    private static final String HELP = "podium.cli.internal.help"; //$NON-NLS-1$

    private PodiumCli() {
    }

    /** Runs one command line and returns its exit code; never throws. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new PodiumCommand());
        cli.setOut(out);
        cli.setErr(err);
        // the bundle is this bundle's: picocli's own class loader would not find it inside OSGi
        cli.setResourceBundle(ResourceBundle.getBundle(HELP, Locale.getDefault(), PodiumCli.class.getClassLoader()));
        cli.setHelpFactory(WrappingHelp::new);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("podium: " + UsageErrors.describe(e)); //$NON-NLS-1$
            err.println(Messages.format(Messages.PodiumCli_usageHint, subcommandPath(e.getCommandLine())));
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("podium: " + Messages.format(Messages.PodiumCli_internalError, e)); //$NON-NLS-1$
            err.println(Messages.PodiumCli_reportIt);
            return ExitCodes.INTERNAL;
        });
        Consumer<Path> leftovers = tmp -> err.println("podium: " //$NON-NLS-1$
                + Messages.format(Messages.PodiumCli_leftover, DisplayPaths.of(tmp)));
        AtomicFiles.addLeftoverListener(leftovers);
        int code;
        try {
            code = cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // the limits (docs/reliability.md) should refuse such input first; this is the last net
            String why = e instanceof StackOverflowError ? Messages.PodiumCli_tooDeep : Messages.PodiumCli_outOfMemory;
            err.println("podium: " + Messages.format(Messages.PodiumCli_internalError, //$NON-NLS-1$
                    why + " (" + e.getClass().getSimpleName() + ")")); //$NON-NLS-1$ //$NON-NLS-2$
            err.println(Messages.PodiumCli_reportIt);
            code = ExitCodes.INTERNAL;
        } finally {
            AtomicFiles.removeLeftoverListener(leftovers);
        }
        out.flush();
        err.flush();
        return code;
    }

    private static String subcommandPath(CommandLine commandLine) {
        StringBuilder path = new StringBuilder();
        for (CommandLine c = commandLine; c.getParent() != null; c = c.getParent()) {
            path.insert(0, c.getCommandName() + ' ');
        }
        return path.toString();
    }
}
