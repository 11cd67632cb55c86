/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.launch;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import podium.cli.internal.launch.Daemon.Answer;
import podium.cli.internal.launch.Daemon.Request;
import podium.cli.internal.launch.ResultCache.Result;

/**
 * The daemon's loop: answers one connection at a time (a second client waits its turn) and stops on
 * {@code podium daemon stop}, after the idle time, or as soon as the installation or a plugin folder
 * changed (its loaded code would no longer be what a one-shot run uses). Only {@code validate} runs here.
 */
public final class DaemonServer {

    /** Runs {@code podium ARGS} as if in {@code cwd}; never throws. */
    public interface Runner {
        Result run(Path cwd, List<String> args);
    }

    private final Path socket;
    private final String language;
    private final Supplier<String> fingerprint;
    private final String startFingerprint;
    private final Runner runner;
    private final Duration idle;
    private final Instant started = Instant.now();
    private int served;
    private boolean stopping;

    /**
     * @param fingerprint the installation's {@link Fingerprint} now; compared at each command with the one at start
     */
    public DaemonServer(Path socket, String language, Supplier<String> fingerprint, Runner runner, Duration idle) {
        this.socket = socket;
        this.language = language;
        this.fingerprint = fingerprint;
        this.startFingerprint = fingerprint.get();
        this.runner = runner;
        this.idle = idle;
    }

    /**
     * Serves until stopped; false at once when another daemon already answers on the socket.
     */
    public boolean serve() throws IOException {
        if (Daemon.send(socket, new Request(Daemon.STATUS, language, "", List.of())) != null) { //$NON-NLS-1$
            return false;
        }
        Files.deleteIfExists(socket); // left by a daemon that was killed
        Thread cleanup = new Thread(this::deleteSocket);
        Runtime.getRuntime().addShutdownHook(cleanup);
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                Selector selector = Selector.open()) {
            server.bind(UnixDomainSocketAddress.of(socket));
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            Instant last = Instant.now();
            while (!stopping) {
                long wait = Duration.between(Instant.now(), last.plus(idle)).toMillis();
                if (wait <= 0) {
                    break;
                }
                selector.select(wait);
                selector.selectedKeys().clear();
                try (SocketChannel client = server.accept()) {
                    if (client != null) {
                        client.configureBlocking(true);
                        answer(client);
                        last = Instant.now();
                    }
                } catch (IOException e) {
                    // a client that went away mid-request: the next one is served as usual
                }
            }
        } finally {
            deleteSocket();
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // shutting down already: the hook deletes the socket
            }
        }
        return true;
    }

    private void answer(SocketChannel client) throws IOException {
        Request request = Daemon.readRequest(new DataInputStream(Channels.newInputStream(client)));
        DataOutputStream out = new DataOutputStream(Channels.newOutputStream(client));
        Daemon.write(out, handle(request));
        out.flush();
    }

    private Answer handle(Request request) {
        switch (request.kind()) {
            case Daemon.STATUS:
                return new Answer(Daemon.OK, null, status());
            case Daemon.STOP:
                stopping = true;
                return new Answer(Daemon.OK, null, status());
            case Daemon.RUN:
                break;
            default:
                return new Answer(Daemon.REFUSED, null, null);
        }
        if (!language.equals(request.language())) {
            return new Answer(Daemon.LANGUAGE, null, null);
        }
        if (!java.util.Objects.equals(startFingerprint, fingerprint.get())) {
            stopping = true;
            return new Answer(Daemon.STALE, null, null);
        }
        if (!Daemon.serves(request.args())) {
            return new Answer(Daemon.REFUSED, null, null);
        }
        served++;
        try {
            return new Answer(Daemon.OK, runner.run(Path.of(request.cwd()), request.args()), null);
        } catch (RuntimeException e) {
            return new Answer(Daemon.REFUSED, null, null); // the client runs it one-shot, which reports it properly
        }
    }

    /** pid, start time, idle time in minutes, commands served, socket: what {@code podium daemon status} shows. */
    private String status() {
        return ProcessHandle.current().pid() + "\t" + started + "\t" + idle.toMinutes() + "\t" + served + "\t" + socket; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private void deleteSocket() {
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // the next daemon deletes it before binding
        }
    }
}
