/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

import podium.cli.PodiumCli;

/** One run of the {@code podium} command in process, with its captured output. */
public record CliRun(int exitCode, String out, String err) {

    /** Runs {@code podium ARGS...} and captures stdout and stderr. */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PodiumCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
