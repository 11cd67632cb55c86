/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal;

/** The exit codes every {@code podium} subcommand uses, documented in the README. */
public final class ExitCodes {
    /** Everything went well. */
    public static final int OK = 0;
    /** The user's input has problems (errors were reported on stderr). */
    public static final int PROBLEMS = 1;
    /** The command line itself is wrong. */
    public static final int USAGE = 2;
    /** A bug in Podium; the user's files were not changed. */
    public static final int INTERNAL = 3;
    /** Partly done: the valid rows were imported and saved, the others were skipped (listed on stderr). */
    public static final int PARTIAL = 4;

    private ExitCodes() {
    }
}
