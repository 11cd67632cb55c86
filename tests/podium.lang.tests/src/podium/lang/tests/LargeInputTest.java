/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import podium.core.Problem;

/** Inputs users produce by accident at scale: problems must grow with the input, not with its square. */
class LargeInputTest {

    @Test
    void aBlockOfActualsPastedManyTimesGivesOneDuplicateProblemPerLine() {
        StringBuilder text = new StringBuilder();
        for (int copy = 0; copy < 500; copy++) {
            for (int month = 1; month <= 6; month++) {
                text.append("actual 外资 甲县 2004-0").append(month).append(" 累计 ").append(month * 10).append('\n');
            }
        }
        List<Problem> problems = Workspaces.validate(text.toString());
        List<Problem> duplicates = problems.stream().filter(p -> p.code().equals("PDM-A003")).toList();
        assertThat(duplicates).hasSize(3000);
        assertThat(duplicates.stream().map(Problem::line).distinct()).hasSize(3000);
        assertThat(problems).filteredOn(p -> p.code().equals("PDM-A002")).isEmpty(); // cumulative never decreases here
    }
}
