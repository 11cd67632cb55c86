/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.tests.launch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.cli.internal.CachedRun;
import podium.cli.internal.WarmWorkspace;
import podium.cli.internal.launch.Daemon;
import podium.cli.internal.launch.DaemonServer;
import podium.cli.internal.launch.QuickStart;
import podium.cli.internal.launch.ResultCache;
import podium.cli.tests.CliRun;

/**
 * The daemon answers the launcher's client with what a one-shot run prints, for the client's folder;
 * it is found only through the user's private folder, and the client runs one-shot when it is not there.
 */
class DaemonTest {

    @TempDir
    Path dir;
    private Path cwd;
    private Path installation;
    private Map<String, String> environment;
    private final AtomicReference<String> fingerprint = new AtomicReference<>("podium 1");
    private Thread thread;

    @BeforeEach
    void workspace() throws IOException {
        cwd = Files.createDirectories(dir.resolve("work"));
        installation = Files.createDirectories(dir.resolve("podium"));
        Files.createDirectories(cwd.resolve("ws"));
        Files.writeString(cwd.resolve("ws/base.podium"), CachedRunTest.BASE.replace("org 宛城区", "org 宛城"), UTF_8);
        Files.writeString(cwd.resolve("ws/actuals.podium"), CachedRunTest.ACTUALS, UTF_8);
        environment = Map.of("XDG_RUNTIME_DIR", Files.createDirectories(dir.resolve("run")).toString(), "XDG_CACHE_HOME",
                dir.resolve("cache").toString());
    }

    private void startDaemon(String language) throws IOException, InterruptedException {
        startDaemon(language, 5);
    }

    private void startDaemon(String language, int idleMinutes) throws IOException, InterruptedException {
        ResultCache cache = new ResultCache(dir.resolve("daemon-cache"));
        DaemonServer server = new DaemonServer(Daemon.socket(installation, environment), language, fingerprint::get,
                (folder, args) -> CachedRun.forDaemon(args, folder, cache), Duration.ofMinutes(idleMinutes));
        thread = new Thread(() -> {
            try {
                WarmWorkspace.enable(); // as podium daemon run does in the thread that serves
                server.serve();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        thread.start();
        for (int i = 0; i < 100 && client(List.of("daemon", "status")).exitCode() != 0; i++) {
            Thread.sleep(50);
        }
    }

    @AfterEach
    void stopDaemon() throws InterruptedException {
        if (thread != null) {
            client(List.of("daemon", "stop"));
            thread.join(10_000);
            assertThat(thread.isAlive()).isFalse();
        }
    }

    private CliRun client(List<String> args) {
        return client(CachedRun.language(), args);
    }

    private CliRun client(String language, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new QuickStart(installation, language, environment, cwd,
                new PrintWriter(out), new PrintWriter(err)).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void theDaemonsAnswerIsTheOneShotAnswerWithPathsAsTyped() throws Exception {
        startDaemon(CachedRun.language());

        CliRun served = client(List.of("validate", "ws"));
        CliRun oneShot = CliRun.of("validate", "--no-daemon", cwd.resolve("ws").toString());

        assertThat(served.exitCode()).isEqualTo(1).isEqualTo(oneShot.exitCode());
        // the one-shot run was given the absolute path: the same lines with it in place of "ws"
        // problems go to stderr
        assertThat(served.err()).startsWith("ws/actuals.podium:1:")
                .isEqualTo(oneShot.err().replace(cwd.resolve("ws") + "/", "ws/"));
        assertThat(client(List.of("daemon", "status")).exitCode()).isZero();
    }

    /**
     * The daemon keeps the workspace between commands and parses again only what changed: after each
     * kind of edit its answer is still the one-shot run's.
     */
    @Test
    void afterEachEditTheDaemonsAnswerIsStillTheOneShotAnswer() throws Exception {
        startDaemon(CachedRun.language());
        Path base = cwd.resolve("ws/base.podium");
        Path actuals = cwd.resolve("ws/actuals.podium");
        List<Runnable> edits = List.of(
                // a line of actuals for a county that does not exist (the file nobody links into)
                () -> append(actuals, "actual 实际利用外资 桐柏 2004-01 累计 5\n"),
                // the organisation renamed to the name the actuals use: other names declared
                () -> write(base, CachedRunTest.BASE),
                // a comment in the file the other links into: the same names, but every file would be parsed again, so read anew
                () -> append(base, "// 修改\n"),
                () -> write(actuals, CachedRunTest.ACTUALS));
        assertThat(client(List.of("validate", "ws")).exitCode()).isEqualTo(1);
        for (Runnable edit : edits) {
            edit.run();
            CliRun served = client(List.of("validate", "ws"));
            CliRun oneShot = CliRun.of("validate", "--no-daemon", "--no-cache", cwd.resolve("ws").toString());
            assertThat(served.exitCode()).isEqualTo(oneShot.exitCode());
            assertThat(served.err()).isEqualTo(oneShot.err().replace(cwd.resolve("ws") + "/", "ws/"));
        }
    }

    /** A folder's .podium-severities applies to its commands only, not to the next folder the daemon validates. */
    @Test
    void aFoldersSeveritiesDoNotCarryOverToTheNextFolder() throws Exception {
        startDaemon(CachedRun.language());
        String plan = CachedRunTest.BASE + "measure \"无主\" due 2004-12-31\n"; // PDM-M001: a measure without owner
        for (String folder : List.of("quiet", "plain")) {
            write(Files.createDirectories(cwd.resolve(folder)).resolve("plan.podium"), plan);
        }
        write(cwd.resolve("quiet/.podium-severities"), "PDM-M001 = ignore\n");

        assertThat(client(List.of("validate", "quiet")).err()).doesNotContain("PDM-M001");
        CliRun plain = client(List.of("validate", "plain"));

        assertThat(plain.err()).contains("PDM-M001").isEqualTo(
                CliRun.of("validate", "--no-daemon", "--no-cache", cwd.resolve("plain").toString()).err()
                        .replace(cwd + "/", ""));
    }

    /** Reports printed to stdout are served too, with the one-shot run's output; one written to a file is not. */
    @Test
    void theDaemonServesReportsPrintedToStdoutAsTheOneShotRunPrintsThem() throws Exception {
        startDaemon(CachedRun.language());
        write(cwd.resolve("ws/base.podium"), CachedRunTest.BASE);
        for (List<String> args : List.of(List.of("report", "--list"), List.of("report", "zero-progress", "--plan", "ws"),
                List.of("report", "progress", "--plan", "ws", "--format", "csv"), List.of("report", "progress", "--plan", "nowhere"))) {
            CliRun served = client(args);
            assertThat(served.exitCode()).as(args.toString()).isNotEqualTo(QuickStart.ONE_SHOT);
            // the one-shot run here is given absolute paths: the same output with them in place of the typed ones
            List<String> oneShot = new java.util.ArrayList<>(args.stream()
                    .map(a -> a.equals("ws") || a.equals("nowhere") ? cwd.resolve(a).toString() : a).toList());
            oneShot.add(1, "--no-daemon");
            CliRun here = CliRun.of(oneShot.toArray(String[]::new));
            assertThat(served.exitCode()).as(args.toString()).isEqualTo(here.exitCode());
            assertThat(served.out()).as(args.toString()).isEqualTo(here.out().replace(cwd + "/", ""));
            assertThat(served.err()).as(args.toString()).isEqualTo(here.err().replace(cwd + "/", ""));
        }
        assertThat(client(List.of("report", "progress", "--plan", "ws", "--out", "p.csv")).exitCode()).isEqualTo(QuickStart.ONE_SHOT);
        assertThat(client(List.of("report", "--no-daemon", "--list")).exitCode()).isEqualTo(QuickStart.ONE_SHOT);
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aBadIdleTimeoutIsAUsageErrorNotAFailedStart() {
        for (String bad : List.of("--idle-timeout=abc", "--idle-timeout=0", "--idle-timeout=-5")) {
            assertThat(client(List.of("daemon", "start", bad)).exitCode()).as(bad).isEqualTo(QuickStart.ONE_SHOT);
        }
        CliRun zero = CliRun.of("daemon", "start", "--idle-timeout", "0");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).isEqualTo("podium daemon: --idle-timeout must be a whole number of minutes, at least 1\n");
        CliRun words = CliRun.of("daemon", "start", "--idle-timeout", "abc");
        assertThat(words.exitCode()).isEqualTo(2);
        assertThat(words.err()).startsWith("podium: ").contains("abc").doesNotContain("Exception");
    }

    @Test
    void withoutADaemonOrWithNoDaemonTheClientLeavesTheCommandToTheOneShotRun() throws Exception {
        assertThat(client(List.of("validate", "ws")).exitCode()).isEqualTo(QuickStart.ONE_SHOT);
        assertThat(client(List.of("daemon", "status")).exitCode()).isEqualTo(1);

        startDaemon(CachedRun.language());
        assertThat(client(List.of("validate", "--no-daemon", "ws")).exitCode()).isEqualTo(QuickStart.ONE_SHOT);
    }

    @Test
    void aDaemonOfAnotherLanguageIsNotUsed() throws Exception {
        startDaemon("xx");

        assertThat(client(List.of("validate", "ws")).exitCode()).isEqualTo(QuickStart.ONE_SHOT);
    }

    @Test
    void whenPodiumOrAPluginChangedTheDaemonStopsAndTheRunIsOneShot() throws Exception {
        startDaemon(CachedRun.language());
        fingerprint.set("podium 2");

        CliRun run = client(List.of("validate", "ws"));

        assertThat(run.exitCode()).isEqualTo(QuickStart.ONE_SHOT);
        assertThat(run.err()).contains("podium");
        thread.join(10_000);
        assertThat(thread.isAlive()).isFalse();
        thread = null;
    }

    @Test
    void theSocketsFolderIsPrivateAndAFolderOthersCanEnterIsRefused() throws Exception {
        Path socket = Daemon.socket(installation, environment);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent()))).isEqualTo("rwx------");

        Files.setPosixFilePermissions(socket.getParent(), PosixFilePermissions.fromString("rwxrwx---"));
        org.assertj.core.api.Assertions.assertThatIOException().isThrownBy(() -> Daemon.socket(installation, environment));
        assertThat(client(List.of("validate", "ws")).exitCode()).isEqualTo(QuickStart.ONE_SHOT);

        String user = System.getProperty("user.name");
        CliRun english = client("en", List.of("daemon", "status"));
        assertThat(english.exitCode()).isEqualTo(3);
        assertThat(english.err()).isEqualTo("podium daemon: " + socket.getParent() + " is not private to " + user + ": only "
                + user + " may own it and read or write in it\n");
        CliRun chinese = client("zh_CN", List.of("daemon", "status"));
        assertThat(chinese.err()).isEqualTo("podium daemon：" + socket.getParent() + " 不是 " + user + " 的私有文件夹：它只能属于 "
                + user + "，且只有 " + user + " 可以读写\n");
    }

    @Test
    void theStatusCountsMinutesAndCommandsInWordsForOneAndForTwo() throws Exception {
        startDaemon(CachedRun.language(), 1);
        assertThat(status("en")).contains(", stops after 1 minute idle, no commands served; socket ");
        client(List.of("validate", "ws"));
        assertThat(status("en")).contains(", stops after 1 minute idle, 1 command served; socket ");
        client(List.of("validate", "ws"));
        assertThat(status("en")).contains(", stops after 1 minute idle, 2 commands served; socket ");
        assertThat(status("zh_CN")).contains("，空闲 1 分钟后停止，已执行 2 条命令；套接字 ");
        assertThat(client("en", List.of("daemon", "stop")).out()).startsWith("podium daemon: stopped (pid ").endsWith(", 2 commands served)\n");
        thread.join(10_000);
        thread = null;

        startDaemon(CachedRun.language(), 2);
        assertThat(status("en")).startsWith("podium daemon: running (pid ").contains(", stops after 2 minutes idle, no commands served; socket ");
    }

    private String status(String language) {
        CliRun status = client(language, List.of("daemon", "status"));
        assertThat(status.exitCode()).as(status.err()).isZero();
        return status.out();
    }
}
