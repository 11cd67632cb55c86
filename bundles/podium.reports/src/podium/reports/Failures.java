/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports;

import java.math.BigDecimal;
import java.time.Duration;

import org.eclipse.core.runtime.CoreException;

/** One line saying what went wrong in a contribution, for the user (the stack trace goes to the log). */
final class Failures {

    private Failures() {
    }

    static String describe(Throwable e) {
        Throwable cause = e;
        if (cause instanceof CoreException core && core.getStatus().getException() != null) {
            cause = core.getStatus().getException();
        }
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        String type = cause.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message.strip();
    }

    /** A time limit in seconds as people write it: 30, 0.5. */
    static String seconds(Duration limit) {
        return BigDecimal.valueOf(limit.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
