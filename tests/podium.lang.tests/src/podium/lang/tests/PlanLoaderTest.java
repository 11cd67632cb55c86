/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.core.Problem;
import podium.core.Severity;
import podium.lang.tools.PlanLoader;
import podium.model.Plan;
import podium.model.PlanningFile;
import podium.model.persistence.LoadResult;
import podium.model.persistence.ModelStore;
import podium.model.persistence.PersistenceCodes;

/** One way to load the plan a command or wizard writes into: .podium with its folder, or .xmi. */
class PlanLoaderTest {
    @TempDir
    Path folder;

    @Test
    void aPodiumPlanLinksToTheOtherFilesOfItsFolder() throws IOException {
        write("orgs.podium", "org 市 \"某市\" city\n");
        Path plan = write("plan.podium", "plan p \"计划\" period 2004 for 市\n");
        LoadResult loaded = PlanLoader.load(plan);
        assertThat(loaded.ok()).as("%s", loaded.problems()).isTrue();
        Plan p = (Plan) ModelStore.root(loaded.resource(), PlanningFile.class).getElements().get(0);
        assertThat(p.getOrganisation().getTitle()).isEqualTo("某市");
    }

    @Test
    void aPodiumPlanWithErrorsIsRefusedWithItsOwnErrorsLocated() throws IOException {
        write("other.podium", "org 乙 \"乙\" city\ntarget 没有 乙: 确保 1\n");
        Path plan = write("plan.podium", "plan p \"计划\" period 2004\n\ntarget 没有的指标 市: 确保 1\n");
        LoadResult loaded = PlanLoader.load(plan);
        assertThat(loaded.ok()).isFalse();
        assertThat(loaded.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(Path.of(p.path())).isEqualTo(plan.toAbsolutePath());
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(loaded.problems()).anySatisfy(p -> assertThat(p.line()).isEqualTo(3));
    }

    @Test
    void aMissingPlanIsAProblemNotAnException() {
        LoadResult loaded = PlanLoader.load(folder.resolve("none.podium"));
        assertThat(loaded.ok()).isFalse();
        assertThat(loaded.problems()).extracting(Problem::code).containsExactly(PersistenceCodes.UNREADABLE);
    }

    @Test
    void aBrokenXmiPlanIsRefusedAtTheParsersLine() throws IOException {
        Path plan = write("plan.xmi", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<podium:PlanningFile\n  xmlns:podium=\"x\"\n");
        LoadResult loaded = PlanLoader.load(plan);
        assertThat(loaded.ok()).isFalse();
        assertThat(loaded.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(PersistenceCodes.MALFORMED);
            assertThat(p.line()).isPositive();
        });
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
