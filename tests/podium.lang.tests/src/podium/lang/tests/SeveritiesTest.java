/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.core.Problem;

import podium.core.Severity;
import podium.inspections.InspectionRegistry;
import podium.inspections.Severities;
import podium.inspections.builtin.IssueCodes;
import podium.lang.internal.LanguageInspections;
import podium.lang.tools.PodiumLanguage;
import podium.lang.tools.PodiumWorkspace;

/** A workspace's severities file changes what rules report, and its mistakes are located. */
class SeveritiesTest {

    private final LanguageInspections inspections = PodiumLanguage.injector().getInstance(LanguageInspections.class);
    private final Severities severities = inspections.severities();
    private final InspectionRegistry registry = inspections.registry();

    @AfterEach
    void reset() {
        severities.reset();
    }

    @Test
    void overrideChangesTheReportedSeverity() {
        assertThat(severities.apply(".podium-severities", "# comment\nPDM-T001 = warning\npdm-m001: ignore\n", registry)).isEmpty();
        var problems = Workspaces.validate("target 外资 甲县: 确保 300 力争 200\nmeasure \"无主\" due 2004-12-31\n");
        assertThat(problems).filteredOn(p -> p.code().equals("PDM-T001")).singleElement()
                .extracting(p -> p.severity()).isEqualTo(Severity.WARNING);
        assertThat(Workspaces.codes(problems)).doesNotContain("PDM-M001");
    }

    @Test
    void mistakesInTheFileAreReportedWithTheirLine() {
        var problems = severities.apply("s", "PDM-T001 = warnig\nPDM-Q999 = error\nPDM-X001 = ignore\nnonsense\n", registry);
        assertThat(problems).extracting(p -> p.line()).containsExactly(1, 2, 3, 4);
        assertThat(problems).allMatch(p -> p.code().equals(Severities.BAD_SETTING));
        assertThat(severities.severityOf(registry.inspection(IssueCodes.SYNTAX).orElseThrow())).isEqualTo(Severity.ERROR);
        assertThat(severities.severityOf(registry.inspection(IssueCodes.STRIVE_BELOW_GUARANTEE).orElseThrow()))
                .isEqualTo(Severity.ERROR);
    }

    /**
     * The severities are the language instance's, which a long-lived process (the daemon) shares between
     * workspaces: reset before applying a folder's file, as validate does, a folder without a severities
     * file gets the defaults, not the last folder's file.
     */
    @Test
    void aWorkspaceWithoutAFileGetsTheDefaultsNotThoseOfTheWorkspaceBefore(@TempDir Path dir) throws IOException {
        Path quiet = Files.createDirectories(dir.resolve("quiet"));
        Path plain = Files.createDirectories(dir.resolve("plain"));
        String text = Workspaces.PLAN + Workspaces.PRELUDE + "measure \"无主\" due 2004-12-31\n";
        Files.writeString(quiet.resolve(Severities.FILE_NAME), "PDM-M001 = ignore\n");
        Files.writeString(quiet.resolve("plan.podium"), text);
        Files.writeString(plain.resolve("plan.podium"), text);

        assertThat(Workspaces.codes(validate(quiet))).doesNotContain("PDM-M001");
        assertThat(Workspaces.codes(validate(plain))).contains("PDM-M001");
    }

    private static List<Problem> validate(Path folder) {
        PodiumLanguage.resetSeverities();
        PodiumWorkspace workspace = PodiumWorkspace.create();
        workspace.applySeverities(folder);
        workspace.add(folder);
        return workspace.validate();
    }
}
