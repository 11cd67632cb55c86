/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one fuzz input under the suite's rules: an exception or error that escapes, a run past the
 * per-input time limit (a hang) or a changed input file fails the property. The failing input is
 * written to {@code target/fuzz-findings/TARGET/} to be kept as a regression fixture, and every run is
 * counted for the figures in docs/reliability.md ({@code target/fuzz-findings/figures.txt}).
 */
final class Harness {

    static final long LIMIT_SECONDS = Long.getLong("podium.fuzz.timeoutSeconds", 20);
    static final Path FINDINGS = Path.of(System.getProperty("podium.fuzz.findings", "target/fuzz-findings"));
    static final Path EXAMPLES = Path.of(System.getProperty("podium.fuzz.examples", "../../examples"));

    /** Per target: inputs tried, exceptions, hangs, damaged input files. */
    private static final Map<String, AtomicLong[]> FIGURES = new TreeMap<>();
    private static ExecutorService worker = newWorker();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Harness::writeFigures));
    }

    private Harness() {
    }

    /** Something an input failed, as the suite counts it. */
    enum Failure { EXCEPTION, HANG, DAMAGED }

    /**
     * Runs {@code action} on {@code input} (the bytes kept as a fixture when it fails, named after {@code name}),
     * and returns its result; throws an AssertionError naming the fixture on any failure.
     */
    static <T> T run(String target, byte[] input, String name, Callable<T> action) {
        AtomicLong[] counts = figures(target);
        counts[0].incrementAndGet();
        Future<T> future;
        synchronized (Harness.class) {
            future = worker.submit(action);
        }
        try {
            return future.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            synchronized (Harness.class) {
                // the stuck thread may never end: later inputs get a fresh one
                worker.shutdownNow();
                worker = newWorker();
            }
            throw fail(target, Failure.HANG, input, name, "no result within " + LIMIT_SECONDS + " s", null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AssertionError assertion) {
                throw fail(target, null, input, name, assertion.getMessage(), assertion);
            }
            throw fail(target, Failure.EXCEPTION, input, name, String.valueOf(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Counts a changed input file and fails. */
    static AssertionError damaged(String target, byte[] input, String name, String what) {
        return fail(target, Failure.DAMAGED, input, name, what, null);
    }

    static AssertionError fail(String target, Failure failure, byte[] input, String name, String message, Throwable cause) {
        if (failure != null) {
            figures(target)[failure.ordinal() + 1].incrementAndGet();
        }
        Path kept = keep(target, input, name);
        return new AssertionError(target + ": " + (failure == null ? "" : failure + ": ") + message
                + " (input kept as " + kept + ")", cause);
    }

    /** Writes a failing input as {@code BASE-HASH.EXT} after {@code name} (BASE.EXT), ready to be kept as a fixture. */
    private static Path keep(String target, byte[] input, String name) {
        try {
            Path dir = FINDINGS.resolve(target);
            Files.createDirectories(dir);
            int dot = name.lastIndexOf('.');
            Path file = dir.resolve(name.substring(0, dot) + "-" + sha1(input).substring(0, 12) + name.substring(dot));
            Files.write(file, input);
            return file;
        } catch (IOException e) {
            return null;
        }
    }

    /** Deletes a property's scratch folder and the files in it (null: the property never started). */
    static void deleteFolder(Path dir) throws IOException {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized AtomicLong[] figures(String target) {
        return FIGURES.computeIfAbsent(target, t -> new AtomicLong[] {new AtomicLong(), new AtomicLong(),
            new AtomicLong(), new AtomicLong()});
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "fuzz-input");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static synchronized void writeFigures() {
        StringBuilder text = new StringBuilder("# target\tinputs\texceptions\thangs\tdamaged files\n");
        FIGURES.forEach((target, c) -> text.append(target).append('\t').append(c[0]).append('\t').append(c[1])
                .append('\t').append(c[2]).append('\t').append(c[3]).append('\n'));
        try {
            Files.createDirectories(FINDINGS);
            // several test classes may run in one JVM: the file holds the whole run
            Files.writeString(FINDINGS.resolve("figures.txt"), text);
        } catch (IOException e) {
            System.err.println(text);
        }
    }
}
