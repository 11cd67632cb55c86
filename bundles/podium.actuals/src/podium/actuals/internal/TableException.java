/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.internal;

import podium.core.Problem;

/** A data file that cannot be read as a table, with the problem to report. */
public class TableException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public TableException(Problem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
