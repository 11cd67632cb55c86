/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import podium.core.Severity;
import podium.lang.tools.PodiumLanguage;
import podium.lang.tools.PodiumWorkspace;

/** The example workspace validates clean but for its one deliberate decomposition mismatch. */
class ExamplesTest {

    @Test
    void onlyTheDeliberateMismatchIsReported() {
        PodiumWorkspace workspace = new PodiumWorkspace(PodiumLanguage.injector());
        workspace.add(Path.of("../../examples"));
        assertThat(workspace.files()).hasSizeGreaterThanOrEqualTo(5);
        var problems = workspace.validate().stream().filter(p -> p.severity() != Severity.INFO).toList();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("PDM-D001");
            assertThat(p.message()).contains("(+15)");
        });
    }
}
