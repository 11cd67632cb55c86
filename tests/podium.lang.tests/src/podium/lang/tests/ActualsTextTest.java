/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.lang.tools.PlanLoader;
import podium.model.Actual;
import podium.model.Basis;
import podium.model.Indicator;
import podium.model.ModelFactory;
import podium.model.PlanningFile;
import podium.model.Unit;
import podium.model.persistence.LoadResult;
import podium.model.persistence.ModelStore;
import podium.model.query.ModelIndex;
import podium.model.time.Day;
import podium.model.time.Month;

/**
 * Saving a .podium file in which only actuals changed ({@code ModelStore.saveActuals}, the actuals
 * import) patches its text: the expected texts below are the input with the changes made by hand.
 */
class ActualsTextTest {

    @TempDir
    Path folder;

    private static final String ORGS = "namespace 南阳\norg 南阳市 \"南阳市\" city {\n\torg 宛城区 \"宛城区\" district\n\torg 卧龙区 \"卧龙区\" district\n}\n";
    private static final String PLAN = """
            // 计划（注释保留）
            import 南阳.*

            plan p "计划" period 2004 for 南阳市
            indicator 外资 "实际利用外资" unit 万美元 cumulative sum

            /** 宛城区 */
            actual 外资 宛城区 2004-01 累计 25 last-year 23 source "市统计局" reported 2004-02-10
            actual 外资   宛城区 2004-02 累计 42   // two spaces, kept when unchanged
            actual 外资 卧龙区 2004-01 累计 7
            // the end
            """;

    private LoadResult load() throws IOException {
        Files.writeString(folder.resolve("orgs.podium"), ORGS, StandardCharsets.UTF_8);
        return PlanLoader.load(Files.writeString(folder.resolve("plan.podium"), PLAN, StandardCharsets.UTF_8));
    }

    private static List<Actual> actuals(LoadResult loaded) {
        return ModelIndex.of(loaded.resource()).actuals();
    }

    @Test
    void aMovedAsOfDateReplacesTheOneWrittenAndNothingElse() throws IOException {
        String plan = "// 计划\nimport 南阳.*\nplan p \"计划\"   period 2004\n\tas-of 2004-05-31 // 五月底\n  for 南阳市\n"
                + "indicator 外资 \"实际利用外资\" unit 万美元 cumulative sum\n";
        Files.writeString(folder.resolve("orgs.podium"), ORGS, StandardCharsets.UTF_8);
        LoadResult loaded = PlanLoader.load(Files.writeString(folder.resolve("plan.podium"), plan, StandardCharsets.UTF_8));
        assertThat(loaded.ok()).as("%s", loaded.problems()).isTrue();
        ModelIndex.of(loaded.resource()).plan().orElseThrow().setAsOf(Day.of(2004, 6, 30));

        ModelStore.saveActuals(loaded.resource());

        assertThat(Files.readString(folder.resolve("plan.podium"))).isEqualTo(
                "// 计划\nimport 南阳.*\nplan p \"计划\"   period 2004\n\tas-of 2004-06-30 // 五月底\n  for 南阳市\n"
                + "indicator 外资 \"实际利用外资\" unit 万美元 cumulative sum\n");
    }

    @Test
    void changedAddedAndRemovedActualsArePatchedIntoTheText() throws IOException {
        LoadResult loaded = load();
        assertThat(loaded.ok()).as("%s", loaded.problems()).isTrue();
        List<Actual> actuals = actuals(loaded);
        actuals.get(0).setValue(new BigDecimal("26.5"));
        EcoreUtil.remove(actuals.get(2));
        Actual added = ModelFactory.eINSTANCE.createActual();
        added.setIndicator(actuals.get(0).getIndicator());
        added.setOrganisation(actuals.get(0).getOrganisation());
        added.setMonth(Month.of(2004, 3));
        added.setBasis(Basis.MONTHLY); // a negative monthly value is valid, a negative cumulative one is not
        added.setValue(new BigDecimal("-1.25"));
        added.setUnit(Unit.HUNDRED_MILLION_USD);
        added.setPreviousYear(new BigDecimal("0"));
        added.setSource("市\"统计\"局");
        added.setReportDate(new Day(java.time.LocalDate.of(2004, 4, 10)));
        ModelStore.root(loaded.resource(), PlanningFile.class).getElements().add(added);

        ModelStore.saveActuals(loaded.resource());

        String saved = Files.readString(folder.resolve("plan.podium"));
        assertThat(saved).isEqualTo("""
                // 计划（注释保留）
                import 南阳.*

                plan p "计划" period 2004 for 南阳市
                indicator 外资 "实际利用外资" unit 万美元 cumulative sum

                /** 宛城区 */
                actual 外资 宛城区 2004-01 累计 26.5 last-year 23 source "市统计局" reported 2004-02-10
                actual 外资   宛城区 2004-02 累计 42   // two spaces, kept when unchanged
                actual 外资 宛城区 2004-03 当月 -1.25 亿美元 last-year 0 source "市\\"统计\\"局" reported 2004-04-10
                // the end
                """);
        LoadResult again = PlanLoader.load(folder.resolve("plan.podium"));
        assertThat(again.ok()).as("%s", again.problems()).isTrue();
        Actual reread = actuals(again).get(2);
        assertThat(reread.getBasis()).isEqualTo(Basis.MONTHLY);
        assertThat(reread.getValue()).isEqualByComparingTo("-1.25");
        assertThat(reread.getUnit()).isEqualTo(Unit.HUNDRED_MILLION_USD);
        assertThat(reread.getSource()).isEqualTo("市\"统计\"局");
        assertThat(reread.getReportDate()).hasToString("2004-04-10");
        assertThat(Files.readString(folder.resolve("plan.podium.bak"))).isEqualTo(PLAN);
    }

    @Test
    void anUnchangedModelIsWrittenAsItWasRead() throws IOException {
        LoadResult loaded = load();
        ModelStore.saveActuals(loaded.resource());
        assertThat(Files.readString(folder.resolve("plan.podium"))).isEqualTo(PLAN);
    }

    @Test
    void anActualWrittenWithOtherSpacingIsKeptUnlessItsValuesChanged() throws IOException {
        // a tab, a line break and two spaces inside an actual say what single spaces say: kept as written
        String written = "actual\t外资 卧龙区\n\t2004-01  累计 7";
        String plan = PLAN.replace("actual 外资 卧龙区 2004-01 累计 7", written);
        Files.writeString(folder.resolve("orgs.podium"), ORGS, StandardCharsets.UTF_8);
        LoadResult loaded = PlanLoader.load(Files.writeString(folder.resolve("plan.podium"), plan, StandardCharsets.UTF_8));
        assertThat(loaded.ok()).as("%s", loaded.problems()).isTrue();
        ModelStore.saveActuals(loaded.resource());
        assertThat(Files.readString(folder.resolve("plan.podium"))).isEqualTo(plan);

        actuals(loaded).get(2).setValue(new BigDecimal("7.5"));
        ModelStore.saveActuals(loaded.resource());
        assertThat(Files.readString(folder.resolve("plan.podium")))
                .isEqualTo(plan.replace(written, "actual 外资 卧龙区 2004-01 累计 7.5"));
    }

    @Test
    void anActualWhoseNamesDoNotResolveIsKeptAsWrittenWhenAnotherChanges() throws IOException {
        // an unknown district and an unknown indicator are errors of the file, not a reason to refuse saving it
        String plan = PLAN.replace("actual 外资 卧龙区 2004-01 累计 7", "actual 外资 卧龙区 2004-01 累计 7\nactual 外资 新城区 2004-01 累计 3\n"
                + "actual  内资 宛城区 2004-01 累计 9");
        Files.writeString(folder.resolve("orgs.podium"), ORGS, StandardCharsets.UTF_8);
        LoadResult loaded = PlanLoader.loadForWriting(Files.writeString(folder.resolve("plan.podium"), plan, StandardCharsets.UTF_8));
        List<Actual> actuals = actuals(loaded);
        assertThat(actuals).hasSize(5);
        assertThat(actuals.get(3).getOrganisation().eIsProxy()).isTrue();
        assertThat(actuals.get(4).getIndicator().eIsProxy()).isTrue();

        actuals.get(2).setValue(new BigDecimal("8"));
        ModelStore.saveActuals(loaded.resource());

        assertThat(Files.readString(folder.resolve("plan.podium")))
                .isEqualTo(plan.replace("actual 外资 卧龙区 2004-01 累计 7", "actual 外资 卧龙区 2004-01 累计 8"));
    }

    @Test
    void aFileWithSyntaxErrorsIsNotRewrittenForAnActualAndItsErrorsAreLocated() throws IOException {
        Files.writeString(folder.resolve("orgs.podium"), ORGS, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("plan.podium"), PLAN, StandardCharsets.UTF_8);
        String more = "actual 外资 卧龙区 2004-02 累计 9\nactual 外资 2004-03 累计\n";
        Path morePath = Files.writeString(folder.resolve("more.podium"), more, StandardCharsets.UTF_8);
        LoadResult loaded = PlanLoader.loadForWriting(folder.resolve("plan.podium"));
        org.eclipse.emf.ecore.resource.Resource moreFile = loaded.resource().getResourceSet().getResources().stream()
                .filter(r -> "more.podium".equals(r.getURI().lastSegment())).findFirst().orElseThrow();
        assertThat(PlanLoader.syntaxErrors(moreFile)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.line()).isEqualTo(2)).allSatisfy(p -> assertThat(p.code()).startsWith("PDM-X"));
        assertThat(PlanLoader.syntaxErrors(loaded.resource())).isEmpty();

        ModelIndex.of(moreFile).actuals().get(0).setValue(new BigDecimal("10"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelStore.saveActuals(moreFile))
                .isInstanceOf(IOException.class).hasMessageContaining("syntax errors");
        assertThat(Files.readString(morePath)).isEqualTo(more);
    }

    @Test
    void aFileWithAByteOrderMarkAndCrlfKeepsBoth() throws IOException {
        Files.writeString(folder.resolve("orgs.podium"), ORGS, StandardCharsets.UTF_8);
        String crlf = PLAN.replace("\n", "\r\n");
        Files.writeString(folder.resolve("plan.podium"), "\uFEFF" + crlf, StandardCharsets.UTF_8);
        LoadResult loaded = PlanLoader.loadForWriting(folder.resolve("plan.podium"));
        actuals(loaded).get(2).setValue(new BigDecimal("8"));
        ModelStore.saveActuals(loaded.resource());
        assertThat(Files.readString(folder.resolve("plan.podium"), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF" + crlf.replace("actual 外资 卧龙区 2004-01 累计 7", "actual 外资 卧龙区 2004-01 累计 8"));
    }

    @Test
    void aModelTheTextCannotFollowIsWrittenWhole() throws IOException {
        LoadResult loaded = load();
        Indicator indicator = ModelIndex.of(loaded.resource()).indicators().get(0);
        indicator.setTitle("外资（改）");
        // an element moved to the front: the text cannot be patched, the whole model is written
        PlanningFile file = ModelStore.root(loaded.resource(), PlanningFile.class);
        file.getElements().move(0, file.getElements().size() - 1);
        ModelStore.saveActuals(loaded.resource());
        LoadResult again = PlanLoader.load(folder.resolve("plan.podium"));
        assertThat(again.ok()).as("%s", again.problems()).isTrue();
        assertThat(ModelIndex.of(again.resource()).indicators().get(0).getTitle()).isEqualTo("外资（改）");
        assertThat(actuals(again)).hasSize(3);
        assertThat(actuals(again).get(0).getOrganisation().getName()).isEqualTo("卧龙区");
    }
}
