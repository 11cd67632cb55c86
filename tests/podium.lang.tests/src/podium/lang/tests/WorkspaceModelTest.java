/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.core.Problem;
import podium.lang.tools.WorkspaceModel;
import podium.model.Organisation;
import podium.model.query.ModelIndex;

/** A workspace read with some files' text replaced, as the reports window reads an editor's unsaved text. */
class WorkspaceModelTest {
    @TempDir
    Path folder;

    @Test
    void replacedTextIsReadInsteadOfTheFileAndLinksWithTheOthers() throws IOException {
        write("orgs.podium", "org 市 \"某市\" city {\n    org 甲县 \"甲县\" county\n}\n");
        Path plan = write("plan.podium", "plan p \"计划\" period 2004 for 市\n");
        String unsaved = "plan p \"计划\" period 2004 for 甲县\n";

        WorkspaceModel model = WorkspaceModel.load(folder, Map.of(plan.toAbsolutePath().normalize(), unsaved));

        assertThat(model.problems()).isEmpty();
        Organisation planned = ModelIndex.of(model.resourceSet()).plan().orElseThrow().getOrganisation();
        assertThat(planned.getTitle()).isEqualTo("甲县");
        assertThat(Files.readString(plan)).contains("for 市");
    }

    @Test
    void problemsOfTheReplacedTextAreLocatedInItsFile() throws IOException {
        write("orgs.podium", "org 市 \"某市\" city\n");
        Path plan = write("plan.podium", "plan p \"计划\" period 2004 for 市\n");

        WorkspaceModel model = WorkspaceModel.load(folder,
                Map.of(plan.toAbsolutePath().normalize(), "plan p \"计划\" period 2004\n\nfor 没有的单位\n"));

        assertThat(model.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.path()).endsWith("plan.podium"));
        assertThat(model.problems()).extracting(Problem::line).contains(3);
    }

    @Test
    void withoutReplacementsTheFilesAreReadFromDisk() throws IOException {
        write("orgs.podium", "org 市 \"某市\" city\n");
        write("plan.podium", "plan p \"计划\" period 2004 for 市\n");

        WorkspaceModel model = WorkspaceModel.load(folder, Map.of(folder.resolve("other.podium"), "org 乙 city\n"));

        assertThat(model.problems()).isEmpty();
        assertThat(ModelIndex.of(model.resourceSet()).organisations()).extracting(Organisation::getTitle)
                .containsExactly("某市");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
