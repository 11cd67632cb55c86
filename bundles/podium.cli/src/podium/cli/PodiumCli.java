/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;

import picocli.CommandLine;
import podium.cli.internal.ExitCodes;
import podium.cli.internal.PodiumCommand;
import podium.core.io.AtomicFiles;

/**
 * Entry point of the headless {@code podium} command, usable with or without OSGi: results go to
 * {@code out}, problems and errors to {@code err}, and the exit code says how it went (see
 * {@link ExitCodes}).
 */
public final class PodiumCli {

    private PodiumCli() {
    }

    /** Runs one command line and returns its exit code; never throws. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new PodiumCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("podium: " + e.getMessage());
            err.println("Try 'podium " + subcommandPath(e.getCommandLine()) + "--help' for usage.");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("podium: internal error: " + e);
            err.println("Please report this with the command you ran; your files were not changed.");
            return ExitCodes.INTERNAL;
        });
        Consumer<Path> leftovers = tmp -> err.println("podium: removed " + tmp
                + ", a temporary file left by an interrupted save (a killed process); the file itself was intact");
        AtomicFiles.addLeftoverListener(leftovers);
        int code;
        try {
            code = cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // the limits (docs/reliability.md) should refuse such input first; this is the last net
            err.println("podium: internal error: " + (e instanceof StackOverflowError ? "the input is nested too deeply"
                    : "not enough memory for this input") + " (" + e.getClass().getSimpleName() + ")");
            err.println("Please report this with the command you ran; your files were not changed.");
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
