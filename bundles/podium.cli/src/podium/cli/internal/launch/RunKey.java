/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import podium.core.Limits;

/**
 * The identity of one run of a {@link #cacheable} command: the installation's {@link Fingerprint}, the
 * language, the working folder, the arguments as given, and for {@code podium validate} the content
 * (SHA-256) of every file the run can read: the files named, every .podium and .xmi file under the
 * folders named (more than validate reads is harmless) and the {@code .podium-severities} that applies.
 * Equal keys mean equal output. The {@code slot} names where the result is kept: one per command line,
 * so that an edited workspace replaces its old result instead of piling up.
 */
public record RunKey(String slot, String key) {

    /** Options after which nothing is reused or kept. */
    public static final String NO_CACHE = "--no-cache"; //$NON-NLS-1$
    /** The option that keeps a command away from the daemon; it does not change the output, so not the key. */
    public static final String NO_DAEMON = "--no-daemon"; //$NON-NLS-1$
    /** A validate's options after which its output is not the validation's (help goes by {@link #readsNoFile}). */
    private static final Set<String> VERSION = Set.of("-V", "--version"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final String SEVERITIES = ".podium-severities"; //$NON-NLS-1$

    /**
     * Whether the result of {@code podium ARGS} may be reused: a validate command without {@value #NO_CACHE},
     * or one whose output reads no file ({@link #readsNoFile}).
     */
    public static boolean cacheable(List<String> args) {
        if (args.contains(NO_CACHE)) {
            return false;
        }
        return readsNoFile(args)
                || !args.isEmpty() && "validate".equals(args.get(0)) && args.stream().noneMatch(VERSION::contains); //$NON-NLS-1$
    }

    /**
     * Whether only Podium, its plugins, the language and the arguments decide what {@code podium ARGS}
     * prints: a help text ({@code --help} anywhere before a {@code --}, or {@code help}),
     * {@code report --list} and {@code plugins list} (the plugin folders are in the fingerprint).
     */
    public static boolean readsNoFile(List<String> args) {
        List<String> given = args.stream().filter(a -> !a.equals(NO_DAEMON)).toList();
        int end = given.contains("--") ? given.indexOf("--") : given.size(); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> options = given.subList(0, end);
        return options.contains("--help") || options.contains("-h") //$NON-NLS-1$ //$NON-NLS-2$
                || !given.isEmpty() && "help".equals(given.get(0)) //$NON-NLS-1$
                || given.equals(List.of("report", "--list")) || given.equals(List.of("plugins", "list")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** The key of {@code podium ARGS} run in {@code cwd}; null when it is not {@link #cacheable} or a file cannot be read. */
    public static RunKey of(String fingerprint, String language, Path cwd, List<String> arguments) {
        if (!cacheable(arguments)) {
            return null;
        }
        List<String> args = arguments.stream().filter(a -> !a.equals(NO_DAEMON)).toList();
        Hashing slot = new Hashing().add("podium-run-1").add(language).add(cwd.toString()); //$NON-NLS-1$
        args.forEach(slot::add);
        String slotHex = slot.hex();
        Hashing key = new Hashing().add(slotHex).add(fingerprint);
        if (readsNoFile(args)) {
            return new RunKey(slotHex, key.hex());
        }
        Set<Path> severities = new LinkedHashSet<>();
        try {
            for (String arg : args.subList(1, args.size())) {
                Path path = arg.startsWith("-") ? null : cwd.resolve(arg); //$NON-NLS-1$
                if (path == null || !Files.exists(path)) {
                    key.add("arg").add(arg); //$NON-NLS-1$
                } else if (Files.isDirectory(path)) {
                    key.add("dir").add(arg); //$NON-NLS-1$
                    try (Stream<Path> walk = Files.walk(path)) {
                        for (Path file : walk.filter(RunKey::read).sorted().toList()) {
                            key.add(path.relativize(file).toString()).add(content(file));
                        }
                    }
                    severities.add(applicableSeverities(path));
                } else {
                    key.add("file").add(arg).add(content(path)); //$NON-NLS-1$
                    severities.add(applicableSeverities(path.toAbsolutePath().getParent()));
                }
            }
            for (Path file : severities) {
                key.add(String.valueOf(file)).add(file == null ? "" : content(file)); //$NON-NLS-1$
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return null; // unreadable input, a device, a file beyond the limits: the command itself says so, every time
        }
        return new RunKey(slotHex, key.hex());
    }

    /** The hash of a file validate would read; a device (/dev/zero) or a file it refuses as too large is not hashed. */
    private static String content(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) > Limits.PODIUM_FILE_BYTES) {
            throw new IOException("not kept: " + file); //$NON-NLS-1$
        }
        return Hashing.of(Files.readAllBytes(file));
    }

    private static boolean read(Path file) {
        String name = file.toString();
        return (name.endsWith(".podium") || name.endsWith(".xmi")) && Files.isRegularFile(file); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The first severities file in the folder or its parents, as validate looks for it; null when none. */
    private static Path applicableSeverities(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve(SEVERITIES);
            if (Files.exists(file)) { // a folder of that name too: validate reports it, and content() refuses to cache
                return file;
            }
        }
        return null;
    }
}
