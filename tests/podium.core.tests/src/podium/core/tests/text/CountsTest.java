/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core.tests.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import podium.core.text.Counts;

class CountsTest {

    private static final String ROWS = "{0,choice,0#no rows|1#1 row|1<{0} rows} in {1}";

    @Test
    void oneIsSingularAndTwoPlural() {
        assertThat(Counts.format(ROWS, 1, "a.csv")).isEqualTo("1 row in a.csv");
        assertThat(Counts.format(ROWS, 2, "a.csv")).isEqualTo("2 rows in a.csv");
        assertThat(Counts.format(ROWS, 0, "a.csv")).isEqualTo("no rows in a.csv");
        assertThat(Counts.format(ROWS, 12345L, "a.csv")).isEqualTo("12,345 rows in a.csv");
    }

    @Test
    void aQuoteIsWrittenTwice() {
        assertThat(Counts.format("the row''s {0}", 3)).isEqualTo("the row's 3");
    }
}
