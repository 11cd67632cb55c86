/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import podium.core.Problem;
import podium.core.Severity;

class ProblemTest {

    @Test
    void formatsAsPathLineColumnSeverityCodeMessage() {
        Problem p = new Problem("plans/南阳.podium", 12, 5, Severity.ERROR, "PDM-T001", "力争 below 确保");
        assertThat(p.format()).isEqualTo("plans/南阳.podium:12:5: error PDM-T001 力争 below 确保");
    }

    @Test
    void sortsByPathThenLineThenColumnThenCode() {
        Problem b = new Problem("b.podium", 1, 1, Severity.INFO, "X", "m");
        Problem a2 = new Problem("a.podium", 10, 1, Severity.ERROR, "X", "m");
        Problem a1col9 = new Problem("a.podium", 2, 9, Severity.ERROR, "Y", "m");
        Problem a1col3 = new Problem("a.podium", 2, 3, Severity.WARNING, "Z", "m");
        List<Problem> list = new ArrayList<>(List.of(b, a2, a1col9, a1col3));
        list.sort(Problem.ORDER);
        assertThat(list).containsExactly(a1col3, a1col9, a2, b);
    }

    @Test
    void severityParsesLabelsCaseInsensitively() {
        assertThat(Severity.parse(" Warning ")).isEqualTo(Severity.WARNING);
        assertThat(Severity.parse("ignore")).isEqualTo(Severity.IGNORE);
        assertThat(Severity.parse("fatal")).isNull();
        assertThat(Severity.ERROR.label()).isEqualTo("error");
    }
}
