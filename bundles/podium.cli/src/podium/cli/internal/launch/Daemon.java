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
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import podium.cli.internal.launch.ResultCache.Result;

/**
 * The wire between the launcher's client and {@code podium daemon run}: one request and one answer per
 * connection over a Unix domain socket in a private folder of the user ({@link UserFolders#runtime}),
 * one socket per installation. Plain Java: the client runs it before Equinox.
 */
public final class Daemon {

    static final String MAGIC = "podium-daemon-1"; //$NON-NLS-1$

    /** Kinds of request. */
    static final String RUN = "run", STATUS = "status", STOP = "stop"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    /** Kinds of answer: done; Podium or a plugin changed (the daemon stops); started in another language; not a daemon's command. */
    static final String OK = "ok", STALE = "stale", LANGUAGE = "language", REFUSED = "refused"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private Daemon() {
    }

    /**
     * Whether the daemon runs {@code podium ARGS} for a client: {@code validate}, and {@code report} when
     * it prints to stdout (a file written by the daemon would get the daemon's umask, not the client's);
     * never with {@code --no-daemon}.
     */
    public static boolean serves(List<String> args) {
        if (args.isEmpty() || args.contains(RunKey.NO_DAEMON)) {
            return false;
        }
        return switch (args.get(0)) {
            case "validate" -> true; //$NON-NLS-1$
            case "report" -> args.stream().noneMatch(a -> a.equals("--out") || a.startsWith("--out=")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            default -> false;
        };
    }

    /** A command sent to the daemon: the arguments of {@code podium}, run as if in {@code cwd}. */
    public record Request(String kind, String language, String cwd, List<String> args) {
    }

    /** The answer; {@code result} for a command run, {@code text} for a status. */
    public record Answer(String kind, Result result, String text) {
    }

    /** The socket of the daemon of this installation; its folder is created private. */
    public static Path socket(Path installation, Map<String, String> environment) throws IOException {
        String id = new Hashing().add(installation.toAbsolutePath().normalize().toString()).hex().substring(0, 12);
        return UserFolders.privateFolder(UserFolders.runtime(environment)).resolve("daemon-" + id + ".sock"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Sends a request; null when no daemon answers on the socket. */
    public static Answer send(Path socket, Request request) {
        if (!Files.exists(socket)) {
            return null;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            DataOutputStream out = new DataOutputStream(Channels.newOutputStream(channel));
            write(out, request);
            out.flush();
            return read(new DataInputStream(Channels.newInputStream(channel)));
        } catch (IOException e) {
            return null; // a socket left by a daemon that was killed, or one stopping now
        }
    }

    static void write(DataOutputStream out, Request request) throws IOException {
        out.writeUTF(MAGIC);
        out.writeUTF(request.kind());
        out.writeUTF(request.language());
        out.writeUTF(request.cwd());
        out.writeInt(request.args().size());
        for (String arg : request.args()) {
            out.writeUTF(arg);
        }
    }

    static Request readRequest(DataInputStream in) throws IOException {
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a Podium client"); //$NON-NLS-1$
        }
        String kind = in.readUTF();
        String language = in.readUTF();
        String cwd = in.readUTF();
        int count = in.readInt();
        if (count < 0 || count > 10_000) {
            throw new IOException("bad request"); //$NON-NLS-1$
        }
        List<String> args = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            args.add(in.readUTF());
        }
        return new Request(kind, language, cwd, args);
    }

    static void write(DataOutputStream out, Answer answer) throws IOException {
        out.writeUTF(MAGIC);
        out.writeUTF(answer.kind());
        out.writeUTF(answer.text() == null ? "" : answer.text()); //$NON-NLS-1$
        out.writeBoolean(answer.result() != null);
        if (answer.result() != null) {
            out.writeInt(answer.result().exitCode());
            out.writeInt(answer.result().out().length);
            out.write(answer.result().out());
            out.writeInt(answer.result().err().length);
            out.write(answer.result().err());
        }
    }

    static Answer read(DataInputStream in) throws IOException {
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a Podium daemon"); //$NON-NLS-1$
        }
        String kind = in.readUTF();
        String text = in.readUTF();
        Result result = null;
        if (in.readBoolean()) {
            int exitCode = in.readInt();
            byte[] out = in.readNBytes(in.readInt());
            byte[] err = in.readNBytes(in.readInt());
            result = new Result(exitCode, out, err);
        }
        return new Answer(kind, result, text);
    }
}
