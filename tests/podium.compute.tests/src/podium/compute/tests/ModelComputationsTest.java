/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.compute.Aggregations;
import podium.compute.Decompositions;
import podium.compute.ElapsedBasis;
import podium.compute.Growth;
import podium.compute.PeerGrowth;
import podium.compute.Progress;
import podium.compute.ProgressStatus;
import podium.compute.RollUp;
import podium.compute.StatusBoard;
import podium.model.Aggregation;
import podium.model.Basis;
import podium.model.Decomposition;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.Qualifier;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.query.DecompositionCheck;
import podium.model.query.ModelIndex;
import podium.model.time.Month;

/** Computations over a whole model built with {@link ModelBuilder}. */
class ModelComputationsTest {

    private ModelBuilder b;
    private Organisation city;
    private Organisation zone;
    private Organisation east;
    private Organisation west;
    private Indicator fdi;

    @BeforeEach
    void setUp() {
        b = new ModelBuilder("city2004");
        b.plan("plan", "2004年全市利用外资工作", "2004", "2004-08-31");
        city = b.organisation("city", "全市", OrganisationKind.CITY);
        zone = b.child(city, "zone", "高新区", OrganisationKind.ZONE);
        east = b.child(city, "east", "东县", OrganisationKind.COUNTY);
        west = b.child(city, "west", "西县", OrganisationKind.COUNTY);
        fdi = b.indicator("FDI", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
    }

    @Test
    void decompositionMismatchIsReportedInTheParentsUnit() {
        b.target(fdi, city, "2004", "2800", "3200");
        Decomposition d = b.decomposition(fdi, city, "2004");
        b.share(d, zone, "1000", "1200");
        b.share(d, east, "1000", "1100").getGuarantee().setUnit(Unit.TEN_THOUSAND_USD);
        b.share(d, west, null, "900").setGuarantee(ModelBuilder.level("0.079", Unit.HUNDRED_MILLION_USD,
                Qualifier.AT_LEAST));
        List<DecompositionCheck> checks = Decompositions.checkAll(ModelIndex.of(b.file()));
        DecompositionCheck check = checks.get(0);
        // guarantee: 1000 + 1000 + 790 = 2790, 10 short; strive: 1200 + 1100 + 900 = 3200
        assertThat(check.sharesGuarantee()).isEqualByComparingTo("2790");
        assertThat(check.guaranteeMismatch()).isEqualByComparingTo("-10");
        assertThat(check.striveMismatch()).isEqualByComparingTo("0");
        assertThat(check.matches()).isFalse();
    }

    @Test
    void statusBoardReadsCumulativeActualsForEveryTarget() {
        b.target(fdi, city, null, "2800", "3200");
        b.target(fdi, zone, "2004", "1000", "1200");
        b.target(fdi, east, "2004", "900", null);
        b.target(fdi, west, "2004", "900", null);
        b.actual(fdi, city, "2004-08", Basis.CUMULATIVE, "1890");
        b.actual(fdi, zone, "2004-08", Basis.CUMULATIVE, "0.08").setUnit(Unit.HUNDRED_MILLION_USD);
        for (int m = 1; m <= 8; m++) {
            b.actual(fdi, east, "2004-0" + m, Basis.MONTHLY, "0");
        }
        List<Progress> board = new StatusBoard(ModelIndex.of(b.file())).compute(Month.of(2004, 8), null,
                ElapsedBasis.BY_MONTHS);
        assertThat(board).extracting(Progress::status).containsExactly(ProgressStatus.AHEAD,
                ProgressStatus.AHEAD, ProgressStatus.ZERO_PROGRESS, ProgressStatus.NO_DATA);
        // zone: 800 / 1000 = 80 % against 66.67 %
        assertThat(board.get(1).gapGuarantee()).isEqualByComparingTo("13.33");
    }

    @Test
    void boardJudgesDecompositionSharesAndRollsUpTheParentFromItsChildren() {
        b.target(fdi, city, "2004", "2800", "3200");
        Decomposition d = b.decomposition(fdi, city, "2004");
        b.share(d, zone, "1000", "1200");
        b.share(d, east, "900", "1000");
        b.share(d, west, "900", "1000");
        b.target(fdi, west, "2004", "950", null);
        b.actual(fdi, zone, "2004-08", Basis.CUMULATIVE, "800");
        b.actual(fdi, east, "2004-08", Basis.CUMULATIVE, "500");
        List<StatusBoard.Entry> entries = new StatusBoard(ModelIndex.of(b.file())).entries(Month.of(2004, 8), null,
                ElapsedBasis.BY_MONTHS);
        // city target, west's own target, then the shares of zone and east (west has its own target)
        assertThat(entries).extracting(e -> e.progress().target().getOrganisation().getName())
                .containsExactly("city", "west", "zone", "east");
        StatusBoard.Entry cityEntry = entries.get(0);
        // no actual of the city itself: 800 + 500 from its children, west missing
        assertThat(cityEntry.rolledUp()).isTrue();
        assertThat(cityEntry.progress().actual()).isEqualByComparingTo("1300");
        assertThat(cityEntry.missing()).containsExactly(west);
        assertThat(entries.get(1).progress().status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(entries.get(2).origin()).isSameAs(d.getShares().get(0));
        assertThat(entries.get(2).progress().completionGuarantee()).isEqualByComparingTo("80");
        // east: 500 / 900 = 55.56 % against 66.67 %
        assertThat(entries.get(3).progress().gapGuarantee()).isEqualByComparingTo("-11.11");
        assertThat(entries.get(3).progress().status()).isEqualTo(ProgressStatus.BEHIND);
    }

    @Test
    void aParentIsRolledUpWithTheOwnFiguresOfChildrenThatReportThemselves() {
        // east reports its own figure (its town does not): the city's total must contain east's 100 as east's
        // own board entry shows it, not leave it out for the town's missing figure
        Organisation town = b.child(east, "town", "东镇", OrganisationKind.OTHER);
        b.target(fdi, city, "2004", "2800", null);
        b.target(fdi, east, "2004", "900", null);
        b.actual(fdi, east, "2004-08", Basis.CUMULATIVE, "100");
        b.actual(fdi, west, "2004-08", Basis.CUMULATIVE, "50");
        List<StatusBoard.Entry> entries = new StatusBoard(ModelIndex.of(b.file())).entries(Month.of(2004, 8), null,
                ElapsedBasis.BY_MONTHS);
        // city = east 100 (own) + west 50 = 150; only the zone is missing (the town is inside east's figure)
        assertThat(entries.get(0).progress().actual()).isEqualByComparingTo("150");
        assertThat(entries.get(0).rolledUp()).isTrue();
        assertThat(entries.get(0).missing()).containsExactly(zone);
        assertThat(entries.get(1).progress().actual()).isEqualByComparingTo("100");
        Map<Organisation, RollUp.Value> rolled = RollUp.overTreePreferringOwn(city,
                o -> o == east ? new BigDecimal("100") : o == town ? new BigDecimal("40") : null, Aggregation.SUM);
        // the town keeps its own 40, east its own 100 (which contains the town's), the city 100
        assertThat(rolled.get(town).value()).isEqualByComparingTo("40");
        assertThat(rolled.get(east).value()).isEqualByComparingTo("100");
        assertThat(rolled.get(city).value()).isEqualByComparingTo("100");
        assertThat(rolled.get(city).missing()).containsExactly(zone, west);
    }

    @Test
    void rollUpOverTheTreeSumsLeavesAndReportsMissingOnes() {
        Organisation sub = b.child(zone, "park", "园区", OrganisationKind.ENTERPRISE);
        Map<Organisation, BigDecimal> values = Map.of(sub, new BigDecimal("5"), east, new BigDecimal("7"));
        Map<Organisation, RollUp.Value> rolled = RollUp.overTree(city, values::get,
                Aggregations.acrossOrganisations(fdi));
        assertThat(rolled.get(city).value()).isEqualByComparingTo("12");
        assertThat(rolled.get(zone).value()).isEqualByComparingTo("5");
        assertThat(rolled.get(city).missing()).containsExactly(west);
        assertThat(rolled.get(zone).complete()).isTrue();
    }

    @Test
    void peerGrowthFromValuesFoundBeforehand() {
        Map<Organisation, Growth.YearOnYear> values = new LinkedHashMap<>();
        values.put(city, new Growth.YearOnYear(new BigDecimal("1300"), new BigDecimal("1000")));
        values.put(zone, new Growth.YearOnYear(new BigDecimal("900"), new BigDecimal("1000")));
        values.put(east, new Growth.YearOnYear(new BigDecimal("50"), null));
        PeerGrowth g = PeerGrowth.of(fdi, Month.of(2004, 8), values);
        // totals of complete pairs: 2200 / 2000 = +10 %; city +30 % (20 points above), zone -10 % (20 below)
        assertThat(g.average()).isEqualByComparingTo("10");
        assertThat(g.members()).extracting(m -> m.organisation().getName()).containsExactly("city", "zone", "east");
        assertThat(g.members().get(0).differenceFromAverage()).isEqualByComparingTo("20.00");
        assertThat(g.members().get(1).differenceFromAverage()).isEqualByComparingTo("-20.00");
        assertThat(g.members().get(2).growth()).isNull();
    }

    @Test
    void ratiosAreAveragedAcrossOrganisations() {
        Indicator share = b.indicator("SHARE", "占比", Unit.PERCENT, IndicatorKind.RATIO);
        assertThat(Aggregations.acrossOrganisations(share)).isEqualTo(Aggregation.AVERAGE);
        Map<Organisation, BigDecimal> values = Map.of(zone, new BigDecimal("10"), east, new BigDecimal("20"),
                west, new BigDecimal("45"));
        assertThat(RollUp.overTree(city, values::get, Aggregation.AVERAGE).get(city).value())
                .isEqualByComparingTo("25");
    }

    @Test
    void peerGrowthComparesEachMemberWithTheGroupTotal() {
        b.actual(fdi, zone, "2004-08", Basis.CUMULATIVE, "1200").setPreviousYear(new BigDecimal("1000"));
        b.actual(fdi, east, "2004-08", Basis.CUMULATIVE, "450").setPreviousYear(new BigDecimal("500"));
        b.actual(fdi, west, "2004-08", Basis.CUMULATIVE, "600");
        PeerGrowth g = PeerGrowth.of(new StatusBoard(ModelIndex.of(b.file())).actuals(), fdi,
                List.of(zone, east, west), Month.of(2004, 8));
        // total 1650 / 1500 = +10 %; zone +20 % (10 points above), east -10 % (20 points below), west unknown
        assertThat(g.average()).isEqualByComparingTo("10");
        assertThat(g.members().get(0).differenceFromAverage()).isEqualByComparingTo("10.00");
        assertThat(g.members().get(1).growth()).isEqualByComparingTo("-10");
        assertThat(g.members().get(1).differenceFromAverage()).isEqualByComparingTo("-20.00");
        assertThat(g.members().get(2).growth()).isNull();
        assertThat(g.ranking()).extracting(e -> e.member().getName()).containsExactly("zone", "east", "west");
    }
}
