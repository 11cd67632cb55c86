/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.launch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import podium.cli.internal.commands.VersionProvider;
import podium.cli.internal.launch.Daemon.Answer;
import podium.cli.internal.launch.Daemon.Request;
import podium.cli.internal.launch.ResultCache.Result;

/**
 * The launcher's client, run on a plain class path before Equinox (a tenth of its start): answers
 * {@code --version}, {@code daemon start|stop|status}, and a {@code validate}, a help text,
 * {@code report --list} or {@code plugins list} that the running daemon serves or whose inputs have not
 * changed since a run kept its result ({@link RunKey#cacheable}). Anything else, and anything that
 * fails here, exits {@link #ONE_SHOT}: the launcher then starts Podium for the command.
 */
public final class QuickStart {

    /** Exit code telling the launcher to run the command in Equinox. */
    public static final int ONE_SHOT = 90;

    private final Path installation;
    private final String language;
    private final Map<String, String> environment;
    private final Path cwd;
    private final PrintWriter out;
    private final PrintWriter err;

    public QuickStart(Path installation, String language, Map<String, String> environment, Path cwd, PrintWriter out,
            PrintWriter err) {
        this.installation = installation;
        this.language = language;
        this.environment = environment;
        this.cwd = cwd;
        this.out = out;
        this.err = err;
    }

    /** {@code java -Dpodium.home=INSTALLATION [-Dpodium.nl=LANG] QuickStart ARGS...}, from the launcher script. */
    public static void main(String[] args) {
        String home = System.getProperty("podium.home"); //$NON-NLS-1$
        if (home == null) {
            System.exit(ONE_SHOT);
        }
        String nl = System.getProperty("podium.nl", ""); //$NON-NLS-1$ //$NON-NLS-2$
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
        int code = new QuickStart(Path.of(home), nl.isEmpty() ? Locale.getDefault().toString() : nl, System.getenv(),
                Path.of("").toAbsolutePath(), out, err).run(List.of(args)); //$NON-NLS-1$
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Answers the command, or returns {@link #ONE_SHOT}. */
    public int run(List<String> args) {
        try {
            if (args.equals(List.of("--version")) || args.equals(List.of("-V"))) { //$NON-NLS-1$ //$NON-NLS-2$
                for (String line : new VersionProvider().getVersion()) {
                    out.println(line);
                }
                return 0;
            }
            if (args.size() >= 2 && "daemon".equals(args.get(0))) { //$NON-NLS-1$
                try {
                    return daemon(args.get(1), args.subList(2, args.size()));
                } catch (IOException e) {
                    // a socket folder that is not private, a daemon that cannot be started: said, not retried in Equinox
                    String reason = e instanceof UserFolders.NotPrivateException notPrivate ? notPrivate.message(language) : e.getMessage();
                    err.println(LaunchMessages.format(language, "daemonFailed", reason)); //$NON-NLS-1$
                    return 3;
                }
            }
            if (RunKey.cacheable(args)) {
                return kept(args);
            }
            if (Daemon.serves(args)) {
                Integer served = served(args);
                return served != null ? served : ONE_SHOT;
            }
        } catch (IOException | RuntimeException | LinkageError | OutOfMemoryError e) {
            // whatever went wrong here, the one-shot run does the command and reports problems properly
        }
        return ONE_SHOT;
    }

    /** A cacheable command as the running daemon answers it, else its kept result, else {@link #ONE_SHOT}. */
    private int kept(List<String> args) throws IOException {
        if (Daemon.serves(args)) {
            Integer served = served(args);
            if (served != null) {
                return served;
            }
        }
        RunKey key = RunKey.of(Fingerprint.of(installation, environment), language, cwd, args);
        Optional<Result> kept = key == null ? Optional.empty() : ResultCache.user(environment).get(key);
        return kept.isPresent() ? print(kept.get()) : ONE_SHOT;
    }

    /** The exit code of the command as the daemon ran it; null when no daemon ran it. */
    private Integer served(List<String> args) throws IOException {
        Answer answer = Daemon.send(Daemon.socket(installation, environment), new Request(Daemon.RUN, language, cwd.toString(), args));
        if (answer != null && Daemon.OK.equals(answer.kind()) && answer.result() != null) {
            return print(answer.result());
        }
        if (answer != null && Daemon.STALE.equals(answer.kind())) {
            err.println(text("daemonStale")); //$NON-NLS-1$
        }
        return null;
    }

    private int print(Result result) {
        out.write(new String(result.out(), StandardCharsets.UTF_8));
        out.flush();
        err.write(new String(result.err(), StandardCharsets.UTF_8));
        return result.exitCode();
    }

    private int daemon(String action, List<String> options) throws IOException {
        Path socket = Daemon.socket(installation, environment);
        Answer status = Daemon.send(socket, new Request(Daemon.STATUS, language, "", List.of())); //$NON-NLS-1$
        switch (action) {
            case "status": //$NON-NLS-1$
                if (!options.isEmpty()) {
                    return ONE_SHOT; // picocli words the usage error
                }
                out.println(status == null ? text("daemonNotRunning") : describe("daemonRunning", status)); //$NON-NLS-1$ //$NON-NLS-2$
                return status == null ? 1 : 0;
            case "stop": //$NON-NLS-1$
                if (!options.isEmpty()) {
                    return ONE_SHOT;
                }
                Answer stopped = status == null ? null : Daemon.send(socket, new Request(Daemon.STOP, language, "", List.of())); //$NON-NLS-1$
                out.println(stopped == null ? text("daemonNotRunning") : describe("daemonStopped", stopped)); //$NON-NLS-1$ //$NON-NLS-2$
                return 0;
            case "start": //$NON-NLS-1$
                if (!options.isEmpty() && (options.size() != 1 || !options.get(0).matches("--idle-timeout=[1-9][0-9]{0,8}"))) { //$NON-NLS-1$
                    return ONE_SHOT; // picocli checks the options and words the usage error, then asks again in this form
                }
                if (status != null) {
                    out.println(describe("daemonAlreadyRunning", status)); //$NON-NLS-1$
                    return 0;
                }
                return start(socket, options);
            default:
                return ONE_SHOT; // daemon run, or a usage error that picocli words
        }
    }

    /** Starts {@code podium daemon run} in its own session (a closed terminal does not stop it) and waits until it answers. */
    private int start(Path socket, List<String> options) throws IOException {
        Path log = socket.resolveSibling(socket.getFileName().toString().replace(".sock", ".log")); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> command = new ArrayList<>(List.of("setsid", installation.resolve("podium").toString())); //$NON-NLS-1$ //$NON-NLS-2$
        if (!language.isEmpty()) {
            command.addAll(List.of("-nl", language)); //$NON-NLS-1$
        }
        command.addAll(List.of("daemon", "run")); //$NON-NLS-1$ //$NON-NLS-2$
        command.addAll(options); // --idle-timeout, checked by the daemon
        Process process = new ProcessBuilder(command).directory(cwd.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))) //$NON-NLS-1$
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).redirectErrorStream(true).start();
        for (int waited = 0; waited < 120_000; waited += 100) {
            Answer status = Daemon.send(socket, new Request(Daemon.STATUS, language, "", List.of())); //$NON-NLS-1$
            if (status != null) {
                out.println(describe("daemonStarted", status)); //$NON-NLS-1$
                return 0;
            }
            if (!process.isAlive() && process.exitValue() != 0) {
                break;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        err.println(LaunchMessages.format(language, "daemonStartFailed", log)); //$NON-NLS-1$
        return 3;
    }

    private String describe(String key, Answer status) {
        // a copy: the array split returns holds only strings
        Object[] fields = Arrays.copyOf(status.text().split("\t", -1), 5, Object[].class); //$NON-NLS-1$
        // the idle minutes and the commands served are counted in words (1 minute, 2 minutes): numbers, not text
        for (int count : new int[] {2, 3}) {
            fields[count] = Long.valueOf((String) fields[count]);
        }
        return LaunchMessages.format(language, key, fields);
    }

    private String text(String key) {
        return LaunchMessages.format(language, key);
    }

}
