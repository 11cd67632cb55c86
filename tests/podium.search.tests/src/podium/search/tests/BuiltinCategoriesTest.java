/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.lang.tools.WorkspaceModel;
import podium.model.Organisation;
import podium.search.SearchContext;
import podium.search.SearchProviders;
import podium.search.SearchSession;
import podium.search.SearchSession.Result;
import podium.search.SearchTarget;

/** Podium's own categories over a workspace written for the test. */
class BuiltinCategoriesTest {

    private static final String PLAN = """
            plan 县计划 "2005年全县招商引资工作" period 2005 as-of 2005-06-30 for 示范县
            indicator 招商引资 "招商引资到位资金" en "Investment attracted" alias "到位资金" unit 万元 cumulative sum higher-better
            indicator 税收收入 "税收收入" en "Tax revenue" unit 万元 cumulative sum higher-better
            org 示范县 "示范县" county {
            	org 城关镇 "城关镇" district
            	org 产业集聚区 "县产业集聚区" zone
            	org 县商务局 "县商务局" department
            }
            target 招商引资 示范县 2005: 确保 5000 万元 力争 6000 万元
            target 税收收入 示范县 2005: 确保 800 万元
            project X1 "物流园区项目" org 城关镇 stage 在谈 leader "钱副县长"
            measure C1 "建立项目周报制度" owner 县商务局 due 2005-09-30 status in-progress
            """;

    @TempDir
    static Path folder;
    private static WorkspaceModel workspace;
    private static SearchSession session;

    @BeforeAll
    static void collect() throws IOException {
        Files.writeString(folder.resolve("县计划.podium"), PLAN, StandardCharsets.UTF_8);
        workspace = WorkspaceModel.load(folder);
        assertThat(workspace.problems()).as("the fixture is a valid plan").isEmpty();
        session = SearchSession.collect(SearchProviders.getDefault().categories(),
                SearchContext.of(folder, workspace.resourceSet()), Duration.ofSeconds(30));
        assertThat(session.problems()).isEmpty();
    }

    private static List<String> labels(String query, String category) {
        return session.find(query, Set.of(category), 10).stream().flatMap(g -> g.results().stream())
                .map(r -> r.item().label()).toList();
    }

    @Test
    void podiumsCategoriesComeInTheirOrder() {
        assertThat(SearchProviders.getDefault().categories()).extracting(c -> c.id()).containsSubsequence(
                "plans", "organisations", "indicators", "targets", "projects", "measures", "speeches", "reports");
    }

    @Test
    void elementsAreFoundByPinyinInitialsAndOtherNames() {
        assertThat(labels("cgz", "organisations")).containsExactly("城关镇");
        assertThat(labels("cyjjq", "organisations")).containsExactly("产业集聚区");
        assertThat(labels("zsyz", "indicators")).containsExactly("招商引资");
        assertThat(labels("Tax", "indicators")).containsExactly("税收收入");
        assertThat(labels("dwzj", "indicators")).as("by its alias 到位资金").containsExactly("招商引资");
        assertThat(labels("sssr", "targets")).containsExactly("税收收入 示范县 2005");
        assertThat(labels("wlyq", "projects")).containsExactly("物流园区项目");
        assertThat(labels("zbzd", "measures")).containsExactly("建立项目周报制度");
        assertThat(labels("zsyz", "plans")).containsExactly("2005年全县招商引资工作");
        assertThat(labels("wlyq", "speeches")).isEmpty();
    }

    @Test
    void anElementsTargetIsItsUriInTheWorkspace() {
        Result county = session.find("cgz", Set.of("organisations"), 1).get(0).results().get(0);
        assertThat(county.item().detail()).isEqualTo("县计划.podium");
        EObject element = workspace.resourceSet().getEObject(((SearchTarget.Element) county.item().target()).uri(), false);
        assertThat(element).isInstanceOfSatisfying(Organisation.class, o -> assertThat(o.getName()).isEqualTo("城关镇"));
    }

    @Test
    void reportsAreFoundAndShownByTheReportsCommand() {
        Result progress = session.find("mbjd", Set.of("reports"), 10).get(0).results().get(0);
        assertThat(progress.item().target()).isEqualTo(new SearchTarget.Command("podium.reports.ui.commands.showReport",
                java.util.Map.of("podium.reports.ui.reportId", "progress")));
        assertThat(labels("zero-progress", "reports")).hasSize(1);
    }

    @Test
    void withoutAWorkspaceOnlyTheReportsAreFound() {
        SearchSession empty = SearchSession.collect(SearchProviders.getDefault().categories().stream()
                .filter(c -> !c.id().startsWith("test.")).toList(), SearchContext.none(), Duration.ofSeconds(30));
        assertThat(empty.find("", Set.of(), 100)).extracting(g -> g.category().id()).containsExactly("reports");
    }
}
