/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports;

import java.math.BigDecimal;
import java.time.Duration;

/** How the reports platform words its time limit. */
final class Failures {

    private Failures() {
    }

    /** A time limit in seconds as people write it: 30, 0.5. */
    static String seconds(Duration limit) {
        return BigDecimal.valueOf(limit.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
