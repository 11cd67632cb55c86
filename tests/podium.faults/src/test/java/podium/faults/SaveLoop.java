/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.faults;

import java.io.IOException;
import java.nio.file.Path;

import podium.core.io.AtomicFiles;

/**
 * Saves a file with {@link AtomicFiles} in a loop, alternating two contents written in small chunks (as
 * an EMF or text save streams them), until it is killed. Arguments: the file.
 */
public final class SaveLoop {

    static final int SIZE = 2 << 20;

    private SaveLoop() {
    }

    /** The content of save number {@code n}: two different ones, each recognisable as a whole. */
    static byte[] content(int n) {
        byte[] bytes = new byte[SIZE];
        java.util.Arrays.fill(bytes, (byte) (n % 2 == 0 ? 'a' : 'b'));
        for (int i = 4096; i < SIZE; i += 4096) {
            bytes[i - 1] = '\n';
        }
        return bytes;
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        byte[][] contents = {content(0), content(1)};
        System.out.println(Child.READY);
        System.out.flush();
        for (int n = 1;; n++) {
            byte[] content = contents[n % 2];
            AtomicFiles.write(file, out -> {
                for (int i = 0; i < content.length; i += 8192) {
                    out.write(content, i, Math.min(8192, content.length - i));
                }
            });
        }
    }
}
