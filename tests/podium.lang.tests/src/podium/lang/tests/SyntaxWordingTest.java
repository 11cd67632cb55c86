/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import podium.core.Problem;
import podium.lang.tools.PodiumWorkspace;

/** Words that start no statement are named as what does not belong, not as a missing end of file. */
class SyntaxWordingTest {

    private static List<String> problems(String text) {
        PodiumWorkspace workspace = PodiumWorkspace.create();
        workspace.addText("a.podium", text);
        return workspace.validate().stream().map(Problem::format).toList();
    }

    @Test
    void aWordBeforeAnyStatementIsUnexpected() {
        assertThat(problems("随便写点\norg 市 \"市\" city\n")).containsExactly("a.podium:1:1: error PDM-X001 unexpected '随便写点'");
    }

    @Test
    void wordsAfterACompleteStatementAreUnexpected() {
        assertThat(problems("org 市 \"市\" city\nhello world\n")).containsExactly("a.podium:2:1: error PDM-X001 unexpected 'hello'");
    }

    @Test
    void aMissingPartInsideAStatementIsStillSaidAsMissing() {
        // the keyword is there, its name is not, and the title that follows it is: "missing", as before
        assertThat(problems("org \"市\" city\n")).containsExactly("a.podium:1:5: error PDM-X001 missing a name before '\"市\"'");
    }
}
