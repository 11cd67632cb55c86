/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.launch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The results of earlier validate runs by {@link RunKey}, one file per slot in a private folder of the
 * user's cache ({@code ~/.cache/podium/results}). A file is used only when it is whole and its own:
 * its header, the key it was written for and a SHA-256 of its content must all match, else it is
 * ignored and the run writes it again. Writes go to a temporary file renamed over the old one.
 */
public final class ResultCache {

    /** What a command printed and returned. */
    public record Result(int exitCode, byte[] out, byte[] err) {
    }

    private static final String MAGIC = "podium-result-1"; //$NON-NLS-1$

    private final Path folder;

    /** A cache in {@code folder}, created (private) at the first write. */
    public ResultCache(Path folder) {
        this.folder = folder;
    }

    /** The user's cache. */
    public static ResultCache user(Map<String, String> environment) {
        return new ResultCache(UserFolders.cache(environment).resolve("results")); //$NON-NLS-1$
    }

    public Path folder() {
        return folder;
    }

    /** The result kept for this key; empty when there is none, or the file is damaged, foreign or for other input. */
    public Optional<Result> get(RunKey key) {
        Path file = file(key);
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            UserFolders.privateFolder(folder);
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        return parse(bytes, key);
    }

    private static Optional<Result> parse(byte[] bytes, RunKey key) {
        try {
            int end = bytes.length - 65; // the content's hash and a newline close the file
            if (end < 0 || bytes[bytes.length - 1] != '\n'
                    || !new String(bytes, end, 64, StandardCharsets.US_ASCII).equals(Hashing.of(Arrays.copyOf(bytes, end)))) {
                return Optional.empty();
            }
            int[] at = {0};
            if (!MAGIC.equals(line(bytes, at)) || !key.key().equals(line(bytes, at))) {
                return Optional.empty();
            }
            int exitCode = Integer.parseInt(line(bytes, at));
            int outLength = Integer.parseInt(line(bytes, at));
            int errLength = Integer.parseInt(line(bytes, at));
            if (outLength < 0 || errLength < 0 || (long) at[0] + outLength + errLength != end) {
                return Optional.empty();
            }
            byte[] out = Arrays.copyOfRange(bytes, at[0], at[0] + outLength);
            byte[] err = Arrays.copyOfRange(bytes, at[0] + outLength, end);
            return Optional.of(new Result(exitCode, out, err));
        } catch (RuntimeException e) {
            return Optional.empty(); // a number that is none, a line that never ends: not ours
        }
    }

    private static String line(byte[] bytes, int[] at) {
        int start = at[0];
        int end = start;
        while (bytes[end] != '\n') {
            end++;
        }
        at[0] = end + 1;
        return new String(bytes, start, end - start, StandardCharsets.US_ASCII);
    }

    /** Keeps a result; a cache that cannot be written is skipped silently (the next run validates again). */
    public void put(RunKey key, Result result) {
        ByteArrayOutputStream content = new ByteArrayOutputStream(result.out().length + result.err().length + 256);
        String header = MAGIC + '\n' + key.key() + '\n' + result.exitCode() + '\n' + result.out().length + '\n'
                + result.err().length + '\n';
        content.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        content.writeBytes(result.out());
        content.writeBytes(result.err());
        content.writeBytes((Hashing.of(content.toByteArray()) + '\n').getBytes(StandardCharsets.US_ASCII));
        try {
            UserFolders.privateFolder(folder);
            Path temporary = Files.createTempFile(folder, key.slot(), ".tmp"); //$NON-NLS-1$
            try {
                Files.write(temporary, content.toByteArray());
                try {
                    Files.move(temporary, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file(key), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            // a full disk or a foreign folder: nothing is kept, nothing is lost
        }
    }

    Path file(RunKey key) {
        return folder.resolve(key.slot());
    }
}
