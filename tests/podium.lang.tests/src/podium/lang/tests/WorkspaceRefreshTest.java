/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.core.Problem;
import podium.inspections.builtin.IssueCodes;
import podium.lang.tools.PodiumWorkspace;

/**
 * A long-lived workspace (the daemon's) brought up to date with {@link PodiumWorkspace#refresh()} finds
 * exactly what a new workspace over the same files finds, after each kind of edit; and it parses again
 * only what it must.
 */
class WorkspaceRefreshTest {

    @TempDir
    Path dir;

    private PodiumWorkspace warm;

    @BeforeEach
    void writeWorkspace() throws IOException {
        write("defs.podium", """
                plan p "测试计划" period 2004 as-of 2004-08-31 for 市
                indicator 外资 "实际利用外资" unit 万美元 cumulative sum higher-better
                org 市 "某市" city {
                    org 甲县 county
                    org 乙区 district
                }
                """);
        write("split.podium", """
                target 外资 市 2004: 确保 1000 力争 1200
                split 外资 市 2004 {
                    甲县 确保 600 力争 700
                    乙区 确保 400 力争 500
                }
                """);
        write("actuals-a.podium", "actual 外资 甲县 2004-01 累计 25\nactual 外资 甲县 2004-02 累计 42\n");
        write("actuals-b.podium", "actual 外资 乙区 2004-01 累计 10\n");
        write("offices.podium", "org 商务局 \"市商务局\" department\n"); // links nowhere
        warm = PodiumWorkspace.create();
        warm.add(dir);
        assertThat(warm.validate()).isEqualTo(fresh()).isEmpty();
    }

    @Test
    void nothingChangedIsTheSameResultWithNothingParsedAgain() {
        Map<String, EObject> roots = roots();
        assertThat(warm.refresh()).isTrue();
        assertThat(warm.validate()).isEqualTo(fresh());
        assertThat(roots()).isEqualTo(roots);
    }

    @Test
    void aChangedFileThatNoFileLinksIntoIsTheOnlyOneParsedAgain() throws IOException {
        Map<String, EObject> roots = roots();
        // a month held by the other file as well, and a county that does not exist
        write("actuals-b.podium", "actual 外资 乙区 2004-01 累计 10\nactual 外资 甲县 2004-02 累计 40\nactual 外资 丙县 2004-01 累计 1\n");

        assertThat(warm.refresh()).isTrue();
        List<Problem> found = warm.validate();

        assertThat(found).isEqualTo(fresh());
        assertThat(codes(found)).contains(IssueCodes.DUPLICATE_ACTUAL, "PDM-L001");
        Map<String, EObject> after = roots();
        assertThat(after.get("actuals-b.podium")).isNotSameAs(roots.get("actuals-b.podium"));
        for (String unchanged : List.of("defs.podium", "split.podium", "actuals-a.podium", "offices.podium")) {
            assertThat(after.get(unchanged)).as(unchanged).isSameAs(roots.get(unchanged));
        }
    }

    @Test
    void aProblemThatInvolvedAnUnchangedFileGoesWhenTheOtherFileIsRepaired() throws IOException {
        write("actuals-b.podium", "actual 外资 乙区 2004-01 累计 10\nactual 外资 甲县 2004-02 累计 40\n");
        assertThat(warm.refresh()).isTrue();
        assertThat(codes(warm.validate())).contains(IssueCodes.DUPLICATE_ACTUAL);

        write("actuals-b.podium", "actual 外资 乙区 2004-01 累计 10\n");
        assertThat(warm.refresh()).isTrue();
        assertThat(warm.validate()).isEqualTo(fresh()).isEmpty();
    }

    @Test
    void anUnknownNameInAnUnchangedFileIsReportedOnceAfterAnotherFileChanged() throws IOException {
        write("actuals-a.podium", "actual 外资 甲县 2004-01 累计 25\nactual 外资 丁县 2004-02 累计 42\n");
        PodiumWorkspace workspace = PodiumWorkspace.create();
        workspace.add(dir);
        assertThat(codes(workspace.validate())).containsExactly("PDM-L001");

        write("actuals-b.podium", "actual 外资 乙区 2004-01 累计 11\n");
        assertThat(workspace.refresh()).isTrue();

        assertThat(workspace.validate()).isEqualTo(fresh()).hasSize(1);
    }

    @Test
    void aChangedDeclarationIsSeenByTheFilesThatLinkToItWhichAreParsedAgain() throws IOException {
        Map<String, EObject> roots = roots();
        // lower is better now: striving for 1200 is worse than guaranteeing 1000, in the targets of split.podium
        write("defs.podium", Files.readString(dir.resolve("defs.podium")).replace("higher-better", "lower-better"));

        assertThat(warm.refresh()).isTrue();
        List<Problem> found = warm.validate();

        assertThat(found).isEqualTo(fresh()).isNotEmpty().allMatch(p -> p.path().endsWith("split.podium"));
        Map<String, EObject> after = roots();
        for (String linking : List.of("split.podium", "actuals-a.podium", "actuals-b.podium")) {
            assertThat(after.get(linking)).as(linking).isNotSameAs(roots.get(linking));
        }
        assertThat(after.get("offices.podium")).isSameAs(roots.get("offices.podium"));
    }

    @Test
    void aChangeThatEveryFileLinksIntoIsReadAnew() throws IOException {
        write("offices.podium", "org 商务局 \"市商务局\" department\nactual 外资 甲县 2004-03 累计 60\n");
        write("defs.podium", Files.readString(dir.resolve("defs.podium")) + "// 修改\n");
        assertThat(warm.refresh()).isFalse();
    }

    @Test
    void aFileThatNowDeclaresOtherNamesCannotBeRefreshedInPlace() throws IOException {
        write("defs.podium", Files.readString(dir.resolve("defs.podium")).replace("乙区", "乙县"));
        assertThat(warm.refresh()).isFalse();
    }

    @Test
    void anAddedOrRemovedFileCannotBeRefreshedInPlace() throws IOException {
        write("actuals-c.podium", "actual 外资 乙区 2004-02 累计 12\n");
        assertThat(warm.refresh()).isFalse();

        PodiumWorkspace other = PodiumWorkspace.create();
        other.add(dir);
        other.validate();
        Files.delete(dir.resolve("actuals-c.podium"));
        assertThat(other.refresh()).isFalse();
    }

    @Test
    void aFileThatNoLongerDecodesCannotBeRefreshedInPlace() throws IOException {
        Files.write(dir.resolve("actuals-b.podium"), new byte[] {'a', 0, (byte) 0xFF});
        assertThat(warm.refresh()).isFalse();
    }

    @Test
    void editsInTurnKeepGivingWhatANewWorkspaceGives() throws IOException {
        List<String> versions = List.of(
                "actual 外资 乙区 2004-01 累计 10\nactual 外资 乙区 2004-02 累计 -5\n",
                "actual 外资 乙区 2004-01 累计 10 syntax error here\n",
                "actual 外资 乙区 2004-01 累计 10\nactual 外资 乙区 2004-02 累计 18\n",
                "");
        for (String version : versions) {
            write("actuals-b.podium", version);
            assertThat(warm.refresh()).as(version).isTrue();
            assertThat(warm.validate()).as(version).isEqualTo(fresh());
        }
    }

    private List<Problem> fresh() {
        PodiumWorkspace workspace = PodiumWorkspace.create();
        workspace.add(dir);
        return workspace.validate();
    }

    /** Each file's root element, by file name: a file parsed again has a new one. */
    private Map<String, EObject> roots() {
        return warm.files().entrySet().stream().collect(Collectors.toMap(e -> e.getValue().getFileName().toString(),
                e -> root(e.getKey())));
    }

    private static EObject root(Resource resource) {
        return resource.getContents().get(0);
    }

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).toList();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, UTF_8);
    }
}
