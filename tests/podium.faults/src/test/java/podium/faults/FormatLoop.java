/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.faults;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import podium.cli.PodiumCli;
import podium.core.io.AtomicFiles;

/**
 * Runs {@code podium format FILE} in a loop, putting the unformatted text back (atomically) before each
 * run, until it is killed; says it is saving after the first round (the language is loaded by then).
 * Arguments: the file, the unformatted text's file.
 */
public final class FormatLoop {

    private FormatLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        byte[] unformatted = Files.readAllBytes(Path.of(args[1]));
        for (int n = 0;; n++) {
            AtomicFiles.write(file, unformatted);
            StringWriter err = new StringWriter();
            int code = PodiumCli.run(new String[] {"format", file.toString()}, new PrintWriter(new StringWriter()),
                    new PrintWriter(err));
            if (code != 0) {
                System.out.println("format failed: " + code + " " + err);
                return;
            }
            if (n == 0) {
                System.out.println(Child.READY);
                System.out.flush();
            }
        }
    }
}
