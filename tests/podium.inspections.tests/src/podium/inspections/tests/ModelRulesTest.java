/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.model.Actual;
import podium.model.Basis;
import podium.model.Decomposition;
import podium.model.Direction;
import podium.model.FigureCitation;
import podium.model.FigureRole;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Measure;
import podium.model.MeasureStatus;
import podium.model.ModelFactory;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.PeerGroup;
import podium.model.Project;
import podium.model.ProjectStage;
import podium.model.Qualifier;
import podium.model.RankObservation;
import podium.model.Speech;
import podium.model.Target;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.inspections.Finding;
import podium.model.time.Day;

/**
 * The rules that lived in podium.model.rules, run through the catalogue on models built in memory (no
 * text, as an XMI model is): one passing and one failing fixture each. Codes are the catalogue's; the
 * renumbering from the old model codes is listed in docs/validation.md (Changes).
 */
class ModelRulesTest {

    private ModelBuilder b;
    private Organisation city;
    private Organisation zone;
    private Organisation other;
    private Indicator fdi;
    private Indicator rate;

    @BeforeEach
    void setUp() {
        b = new ModelBuilder("t");
        Catalogue.inResource(b.file(), "t.xmi");
        city = b.organisation("city", "全市", OrganisationKind.CITY);
        zone = b.child(city, "zone", "高新区", OrganisationKind.ZONE);
        other = b.organisation("other", "外市", OrganisationKind.CITY);
        fdi = b.indicator("FDI", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        rate = b.indicator("GROWTH_GAP", "增速差", Unit.PERCENTAGE_POINT, IndicatorKind.RATIO);
    }

    private static List<String> codes(EObject element) {
        return Catalogue.codes(element);
    }

    private static List<Finding> findings(EObject element) {
        return Catalogue.findings(Catalogue.PODIUM, element);
    }

    @Test
    void t001GuaranteeMustNotExceedStriveInTheIndicatorsDirection() {
        Target ok = b.target(fdi, city, "2004", "2800", "3200");
        Target bad = b.target(fdi, zone, "2004", "3200", "2800");
        assertThat(codes(ok)).doesNotContain("PDM-T001");
        assertThat(codes(bad)).contains("PDM-T001");
        // 0.3亿美元 = 3000万美元 > 2900万美元: compared after conversion
        Target converted = b.target(fdi, other, "2004", null, "2900");
        converted.setGuarantee(ModelBuilder.level("0.3", Unit.HUNDRED_MILLION_USD, Qualifier.AT_LEAST));
        assertThat(codes(converted)).contains("PDM-T001");
        fdi.setDirection(Direction.LOWER_BETTER);
        assertThat(codes(bad)).doesNotContain("PDM-T001");
        assertThat(codes(ok)).contains("PDM-T001");
    }

    @Test
    void t003GrowthTargetNeedsBase() { // model rule PDM-T002 before
        Target ok = b.growthTarget(fdi, city, "2004", "2500", "12", "15");
        Target bad = b.growthTarget(fdi, zone, "2004", "1", "12", "15");
        bad.setBase(null);
        assertThat(codes(ok)).doesNotContain("PDM-T003");
        assertThat(codes(bad)).contains("PDM-T003");
    }

    @Test
    void t005TargetNeedsALevelUnlessZero() { // model rule PDM-T003 before
        Target bad = b.target(fdi, city, "2004", null, null);
        assertThat(codes(bad)).contains("PDM-T005");
        bad.setZero(true);
        assertThat(codes(bad)).doesNotContain("PDM-T005");
    }

    @Test
    void t004ZeroTargetCannotHaveNonZeroLevel() {
        Target zero = b.target(fdi, city, "2004", "0", null);
        zero.setZero(true);
        assertThat(codes(zero)).doesNotContain("PDM-T004");
        zero.getGuarantee().setValue(BigDecimal.ONE);
        assertThat(codes(zero)).contains("PDM-T004");
    }

    @Test
    void t002OneTargetPerIndicatorOrganisationAndPeriod() { // model rule PDM-T005 before
        Target first = b.target(fdi, city, "2004", "1", "2");
        Target otherYear = b.target(fdi, city, "2005", "1", "2");
        Target duplicate = b.target(fdi, city, "2004", "1", "2");
        // both targets of the pair are marked, as the language always did (the model rule marked the second only)
        assertThat(codes(first)).contains("PDM-T002");
        assertThat(codes(otherYear)).doesNotContain("PDM-T002");
        assertThat(codes(duplicate)).contains("PDM-T002");
    }

    @Test
    void u002PercentNeverStandsForPercentagePoints() { // model rule PDM-U001 before
        Target t = b.target(rate, city, "2004", "2", null);
        t.getGuarantee().setUnit(Unit.PERCENTAGE_POINT);
        assertThat(codes(t.getGuarantee())).isEmpty();
        t.getGuarantee().setUnit(Unit.PERCENT);
        assertThat(codes(t.getGuarantee())).containsExactly("PDM-U002");
        // a growth target's levels are rates: 个百分点 there is PDM-T007 (growth levels not in %), on the target
        Target growth = b.growthTarget(fdi, city, "2004", "2500", "12", null);
        growth.getGuarantee().setUnit(Unit.PERCENTAGE_POINT);
        assertThat(codes(growth)).contains("PDM-T007");
    }

    @Test
    void u001UnitsMustConvertToTheIndicatorsUnit() { // model rule PDM-U002 before
        Actual ok = b.actual(fdi, city, "2004-01", Basis.CUMULATIVE, "1");
        ok.setUnit(Unit.HUNDRED_MILLION_USD);
        Actual bad = b.actual(fdi, zone, "2004-01", Basis.CUMULATIVE, "1");
        bad.setUnit(Unit.TEN_THOUSAND_YUAN);
        assertThat(codes(ok)).doesNotContain("PDM-U001");
        assertThat(codes(bad)).contains("PDM-U001");
    }

    @Test
    void d001SharesMustAddUpToTheParentTarget() {
        b.target(fdi, city, "2004", "2800", "3200");
        Decomposition d = b.decomposition(fdi, city, "2004");
        b.share(d, zone, "2800", "3200");
        assertThat(codes(d)).doesNotContain("PDM-D001");
        d.getShares().get(0).getGuarantee().setValue(new BigDecimal("2790"));
        // shares 2790 against the target's 2800 (万美元, the indicator's unit): 10 short
        List<Finding> findings = findings(d).stream().filter(f -> f.code().equals("PDM-D001")).toList();
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
                .contains("2790 万美元").contains("2800 万美元").contains("(-10)"));
    }

    @Test
    void d004SharesGoToOrganisationsBelowTheParent() { // model rule PDM-D002 before
        Decomposition d = b.decomposition(fdi, city, "2004");
        assertThat(codes(b.share(d, zone, "1", "2"))).doesNotContain("PDM-D004");
        assertThat(codes(b.share(d, other, "1", "2"))).contains("PDM-D004");
    }

    @Test
    void d005OneSharePerOrganisation() { // model rule PDM-D003 before
        Decomposition d = b.decomposition(fdi, city, "2004");
        assertThat(codes(b.share(d, zone, "1", "2"))).doesNotContain("PDM-D005");
        assertThat(codes(b.share(d, zone, "1", "2"))).contains("PDM-D005");
    }

    @Test
    void d003DecompositionNeedsAParentTarget() { // model rule PDM-D004 before
        Decomposition d = b.decomposition(fdi, city, "2004");
        assertThat(codes(d)).contains("PDM-D003");
        b.target(fdi, city, "2004", "1", "2");
        assertThat(codes(d)).doesNotContain("PDM-D003");
    }

    @Test
    void a003OneActualPerIndicatorOrganisationMonthAndBasis() { // model rule PDM-A001 before
        Actual first = b.actual(fdi, city, "2004-08", Basis.CUMULATIVE, "1");
        Actual monthly = b.actual(fdi, city, "2004-08", Basis.MONTHLY, "1");
        Actual duplicate = b.actual(fdi, city, "2004-08", Basis.CUMULATIVE, "2");
        // both actuals of the pair are marked, as the language always did (the model rule marked the second only)
        assertThat(codes(first)).contains("PDM-A003");
        assertThat(codes(monthly)).doesNotContain("PDM-A003");
        assertThat(codes(duplicate)).contains("PDM-A003");
    }

    @Test
    void a002CumulativeFlowDoesNotShrink() {
        b.actual(fdi, city, "2004-07", Basis.CUMULATIVE, "500");
        Actual august = b.actual(fdi, city, "2004-08", Basis.CUMULATIVE, "600");
        assertThat(codes(august)).doesNotContain("PDM-A002");
        august.setValue(new BigDecimal("90"));
        assertThat(codes(august)).contains("PDM-A002");
        august.setValue(new BigDecimal("0.06"));
        august.setUnit(Unit.HUNDRED_MILLION_USD);
        assertThat(codes(august)).as("600万美元 = 0.06亿美元").doesNotContain("PDM-A002");
    }

    @Test
    void a007ActualHasAValue() { // model rule PDM-A003 before
        assertThat(codes(b.actual(fdi, city, "2004-08", Basis.CUMULATIVE, "0"))).doesNotContain("PDM-A007");
        assertThat(codes(b.actual(fdi, zone, "2004-08", Basis.CUMULATIVE, null))).containsExactly("PDM-A007");
    }

    @Test
    void r001RankWithinGroupSize() {
        PeerGroup group = b.peerGroup("p21", "全省21个统计单位", 21, city);
        RankObservation r = b.rank(fdi, city, group, "2004-08", 16);
        assertThat(codes(r)).doesNotContain("PDM-R001");
        r.setRank(22);
        assertThat(codes(r)).contains("PDM-R001");
        r.setRank(0); // below 1: PDM-R002 (the model's R001 covered both ends)
        assertThat(codes(r)).containsExactly("PDM-R002");
    }

    @Test
    void r004RankedOrganisationBelongsToTheGroup() { // model rule PDM-R002 before
        PeerGroup group = b.peerGroup("p21", "全省21个统计单位", 21, city);
        assertThat(codes(b.rank(fdi, city, group, "2004-08", 3))).doesNotContain("PDM-R004");
        assertThat(codes(b.rank(fdi, other, group, "2004-08", 4))).contains("PDM-R004");
    }

    @Test
    void j001PaidInNotBeyondContract() { // model rule PDM-P001 before
        Project p = b.project("p", "项目", zone, ProjectStage.STARTED, "1.2", "3000", Unit.TEN_THOUSAND_USD);
        p.getContractAmount().setUnit(Unit.HUNDRED_MILLION_USD);
        assertThat(codes(p)).doesNotContain("PDM-J001");
        p.getPaidInAmount().setValue(new BigDecimal("12001"));
        assertThat(codes(p)).contains("PDM-J001");
    }

    @Test
    void j003StageChangesInOrder() { // model rule PDM-P002 before
        Project p = b.project("p", "项目", zone, ProjectStage.STARTED, "1", "0", Unit.HUNDRED_MILLION_USD);
        b.stageChange(p, ProjectStage.SIGNED, "2004-03-01");
        b.stageChange(p, ProjectStage.STARTED, "2004-06-01");
        assertThat(codes(p)).doesNotContain("PDM-J003");
        p.getStageChanges().get(1).setDate(Day.of(2004, 2, 1));
        assertThat(codes(p)).contains("PDM-J003");
    }

    @Test
    void j002SignedProjectsStateTheirContractAmount() { // model rule PDM-P003 before
        Project tracking = b.project("t", "在谈项目", zone, ProjectStage.TRACKING, null, null, Unit.USD);
        Project signed = b.project("s", "签约项目", zone, ProjectStage.SIGNED, null, null, Unit.USD);
        assertThat(codes(tracking)).doesNotContain("PDM-J002");
        assertThat(codes(signed)).contains("PDM-J002");
    }

    @Test
    void measureRules() {
        Measure ok = b.measure("m1", "建立挂点联系制度", city, "2004-08-31", MeasureStatus.OPEN);
        Measure noOwner = b.measure("m2", "无牵头单位", null, "2004-08-31", MeasureStatus.OPEN);
        Measure noDue = b.measure("m3", "无期限", city, null, MeasureStatus.IN_PROGRESS);
        Measure done = b.measure("m4", "已完成", city, "2004-06-30", MeasureStatus.DONE);
        assertThat(codes(ok)).isEmpty();
        assertThat(codes(noOwner)).containsExactly("PDM-M001");
        assertThat(codes(noDue)).containsExactly("PDM-M006"); // model rule PDM-M002 before
        // the model's PDM-M003 (done: completion date and evidence) is now two rules: the date first (M004),
        // then the evidence (M007)
        assertThat(codes(done)).containsExactly("PDM-M004");
        done.setCompleted(Day.of(2004, 6, 20));
        assertThat(codes(done)).containsExactly("PDM-M007");
        done.setEvidence("市政府办公室文件");
        assertThat(codes(done)).isEmpty();
    }

    @Test
    void speechRules() {
        Speech speech = ModelFactory.eINSTANCE.createSpeech();
        speech.setText("实际利用外资确保2800万美元。");
        FigureCitation figure = ModelFactory.eINSTANCE.createFigureCitation();
        figure.setOffset(8);
        figure.setLength(7);
        figure.setQuote("2800万美元");
        figure.setRole(FigureRole.TARGET);
        figure.setUnit(Unit.TEN_THOUSAND_USD);
        figure.setIndicator(fdi);
        speech.getFigures().add(figure);
        assertThat(codes(figure)).isEmpty();
        figure.setLength(20);
        figure.setUnit(Unit.TEN_THOUSAND_YUAN);
        // model rules PDM-S001 and PDM-S002 before
        assertThat(codes(figure)).containsExactlyInAnyOrder("PDM-C003", "PDM-C004");
    }
}
