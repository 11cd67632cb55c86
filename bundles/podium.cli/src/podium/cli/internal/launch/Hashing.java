/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.launch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over length-prefixed parts, so that no two different lists of parts hash alike. */
final class Hashing {

    private final MessageDigest digest;

    Hashing() {
        try {
            digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }

    Hashing add(String part) {
        return add(part.getBytes(StandardCharsets.UTF_8));
    }

    Hashing add(long number) {
        return add(Long.toString(number));
    }

    Hashing add(byte[] part) {
        digest.update(Long.toString(part.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(part);
        return this;
    }

    /** The hex digest; the instance starts again empty. */
    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    static String of(byte[] content) {
        return new Hashing().add(content).hex();
    }
}
