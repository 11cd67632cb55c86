/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import podium.cli.internal.CachedRun;
import podium.cli.internal.WarmWorkspace;
import podium.cli.internal.ExitCodes;
import podium.cli.internal.Messages;
import podium.cli.internal.WorkingDirectory;
import podium.cli.internal.launch.Daemon;
import podium.cli.internal.launch.DaemonServer;
import podium.cli.internal.launch.QuickStart;
import podium.cli.internal.launch.ResultCache;

/**
 * {@code podium daemon start|stop|status}: an opt-in background process per user and installation that
 * keeps Podium loaded and warm, so that {@code podium validate} skips the start of Java and Equinox. The
 * launcher's client answers these itself before Equinox starts; {@code run} is the daemon.
 */
@Command(name = "daemon", mixinStandardHelpOptions = true) // texts: help.properties
public final class DaemonCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "start|stop|status", descriptionKey = "action")
    private String action;

    @Option(names = "--idle-timeout", paramLabel = "MINUTES", defaultValue = "180")
    private int idleMinutes;

    @Override
    public Integer call() {
        if (idleMinutes < 1) {
            spec.commandLine().getErr().println("podium daemon: " + Messages.DaemonCommand_idleTimeout); //$NON-NLS-1$
            return ExitCodes.USAGE;
        }
        Path installation = CachedRun.installation();
        switch (action) {
            case "run": //$NON-NLS-1$
                return run(installation);
            case "start", "stop", "status": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                List<String> args = new ArrayList<>(List.of("daemon", action)); //$NON-NLS-1$
                if (action.equals("start")) { //$NON-NLS-1$
                    args.add("--idle-timeout=" + idleMinutes); //$NON-NLS-1$
                }
                int code = new QuickStart(installation, CachedRun.language(), System.getenv(), WorkingDirectory.current(),
                        spec.commandLine().getOut(), spec.commandLine().getErr()).run(args);
                return code == QuickStart.ONE_SHOT ? ExitCodes.INTERNAL : code;
            default:
                spec.commandLine().getErr().println("podium daemon: " + Messages.format(Messages.DaemonCommand_unknownAction, action)); //$NON-NLS-1$
                return ExitCodes.USAGE;
        }
    }

    private Integer run(Path installation) {
        try {
            Path socket = Daemon.socket(installation, System.getenv());
            ResultCache cache = ResultCache.user(System.getenv());
            WarmWorkspace.enable(); // this thread serves the commands
            DaemonServer server = new DaemonServer(socket, CachedRun.language(), CachedRun::fingerprint,
                    (cwd, args) -> CachedRun.forDaemon(args, cwd, cache), Duration.ofMinutes(idleMinutes));
            if (!server.serve()) {
                spec.commandLine().getErr().println("podium daemon: already running on " + socket); //$NON-NLS-1$
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("podium daemon: " + e.getMessage()); //$NON-NLS-1$
            return ExitCodes.INTERNAL;
        }
    }
}
