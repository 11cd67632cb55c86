/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

import podium.cli.PodiumCli;
import podium.cli.internal.launch.Fingerprint;
import podium.cli.internal.launch.ResultCache;
import podium.cli.internal.launch.ResultCache.Result;
import podium.cli.internal.launch.RunKey;
import podium.lang.tools.PodiumLanguage;
import podium.plugins.PluginFolders;

/**
 * A {@link RunKey#cacheable cacheable} command ({@code podium validate}, and the commands whose output
 * only Podium, its plugins, the language and the arguments decide: help, {@code report --list},
 * {@code plugins list}) with the user's result cache: a run whose {@link RunKey} has a kept result
 * prints it; any other run does the command and keeps what it printed when its inputs did not change
 * while it ran. The one-shot run and the daemon both go through here, which is what makes their output
 * the same.
 */
public final class CachedRun {

    private CachedRun() {
    }

    /**
     * Runs {@code podium ARGS} as if in {@code cwd}.
     *
     * @param mayKeep false when something outside the key was printed (a plugin that failed to load)
     */
    public static Result run(List<String> args, Path cwd, boolean mayKeep, ResultCache cache) {
        String fingerprint = fingerprint();
        String language = language();
        RunKey key = fingerprint == null ? null : RunKey.of(fingerprint, language, cwd, args);
        Optional<Result> kept = key == null ? Optional.empty() : cache.get(key);
        if (kept.isPresent()) {
            return kept.get();
        }
        Result result = here(args, cwd);
        int code = result.exitCode();
        // exit 0 or 1 is a verdict on the files; a changed file during the run would make it a verdict on neither version
        if (mayKeep && key != null && (code == ExitCodes.OK || code == ExitCodes.PROBLEMS)
                && key.equals(RunKey.of(fingerprint, language, cwd, args))) {
            cache.put(key, result);
        }
        return result;
    }

    /**
     * What the daemon answers for {@code podium ARGS} run in {@code cwd}: a cacheable command through the
     * cache, any other command it serves as it is.
     */
    public static Result forDaemon(List<String> args, Path cwd, ResultCache cache) {
        // each command starts from the default severities, as in a process of its own: the last one
        // applied its folder's .podium-severities to the language instance this process shares
        PodiumLanguage.resetSeverities();
        return RunKey.cacheable(args) ? run(args, cwd, true, cache) : here(args, cwd);
    }

    /** Runs {@code podium ARGS} in this process as if in {@code cwd}, with what it printed. */
    private static Result here(List<String> args, Path cwd) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WorkingDirectory.with(cwd, () -> PodiumCli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err)));
        return new Result(code, out.toString().getBytes(StandardCharsets.UTF_8), err.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The language of the messages, as the key and the daemon compare it. */
    public static String language() {
        return Platform.getNL();
    }

    /** The running installation's {@link Fingerprint}; null when it cannot be read (nothing is cached then). */
    public static String fingerprint() {
        Path installation = installation();
        try {
            return installation == null ? null : Fingerprint.of(installation, PluginFolders.current());
        } catch (IOException e) {
            return null;
        }
    }

    /** The folder of the running installation (its {@code plugins/} and the {@code podium} script); null when unknown. */
    public static Path installation() {
        Location location = Platform.getInstallLocation();
        try {
            return location == null || location.getURL() == null ? null : Path.of(location.getURL().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return location.getURL().getProtocol().equals("file") ? Path.of(location.getURL().getPath()) : null; //$NON-NLS-1$
        }
    }
}
