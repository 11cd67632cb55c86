/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import podium.compute.Percentages;
import podium.model.time.Day;
import podium.reports.api.ReportParameters;
import podium.reports.bulletin.Bulletin;
import podium.reports.bulletin.BulletinReport;
import podium.reports.bulletin.IndicatorFigures;
import podium.reports.bulletin.UnitFigures;

/** The figures of the bulletin against hand-computed values on {@link Fixtures#city()}. */
class BulletinFiguresTest {

    private final Bulletin bulletin = figures(Fixtures.city(), Fixtures.may());
    private final IndicatorFigures fdi = bulletin.indicators().get(0);
    private final IndicatorFigures exports = bulletin.indicators().get(1);

    private static Bulletin figures(Fixtures fixtures, ReportParameters parameters) {
        try {
            return new BulletinReport().figures(fixtures.input(), parameters);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static BigDecimal shown(BigDecimal percent) {
        return Percentages.display(percent);
    }

    private static UnitFigures unit(IndicatorFigures part, String name) {
        return part.units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> names(List<UnitFigures> units) {
        return units.stream().map(UnitFigures::name).toList();
    }

    @Test
    void theMonthAndItsWords() {
        assertThat(bulletin.year()).isEqualTo(2004);
        assertThat(bulletin.month()).isEqualTo(5);
        assertThat(bulletin.span()).isEqualTo("1-5月");
        assertThat(bulletin.scope()).isEqualTo("全市");
        assertThat(bulletin.level()).isEqualTo("市");
        assertThat(bulletin.unitsWord()).isEqualTo("县市区");
        assertThat(bulletin.subject()).isEqualTo("实际利用外资和外贸出口");
        // 5 / 12 = 41.666…% → 41.67
        assertThat(shown(bulletin.elapsed())).isEqualByComparingTo("41.67");
        // the plan's as-of date lies in the data month
        assertThat(bulletin.date()).isEqualTo(Day.valueOf("2004-05-31"));
        assertThat(bulletin.indicators()).extracting(IndicatorFigures::title).containsExactly("实际利用外资", "外贸出口");
    }

    @Test
    void publishedStyleTotalIsSelfConsistent() {
        UnitFigures total = fdi.total();
        // summed from the units that reported: 4086 + 3632 + 6300 + 0 + 1372 + 454 = 15844 (高新区 did not report)
        assertThat(total.actual()).isEqualByComparingTo("15844");
        assertThat(total.target()).isEqualByComparingTo("38000");
        // 15844 / 38000 = 41.6947…% → 41.69
        assertThat(shown(total.completion())).isEqualByComparingTo("41.69");
        // 41.69 − 41.67 = 0.02 points as displayed, although 41.6947 − 41.6667 = 0.0281 would round to 0.03
        assertThat(total.gap()).isEqualByComparingTo("0.02");
        assertThat(total.completion().subtract(bulletin.elapsed()).setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo("0.03");
        assertThat(total.status()).isEqualTo("ahead");
        // last year 3600 + 3200 + 0 + 200 + 1400 + 500 = 8900; (15844 − 8900) / 8900 = 78.0224…% → 78.02
        assertThat(total.previous()).isEqualByComparingTo("8900");
        assertThat(shown(total.growth())).isEqualByComparingTo("78.02");
        assertThat(total.amountRank()).isNull();
    }

    @Test
    void unitsWithCompletionGapGrowthAndRanks() {
        UnitFigures east = unit(fdi, "东区");
        // 4086 / 9000 = 45.40 %; 45.40 − 41.67 = +3.73; (4086 − 3600) / 3600 = 13.50 %
        assertThat(shown(east.completion())).isEqualByComparingTo("45.40");
        assertThat(east.gap()).isEqualByComparingTo("3.73");
        assertThat(shown(east.growth())).isEqualByComparingTo("13.50");
        UnitFigures west = unit(fdi, "西区");
        // 3632 / 8000 = 45.40 % (tied with 东区); (3632 − 3200) / 3200 = 13.50 % (tied again)
        assertThat(shown(west.completion())).isEqualByComparingTo("45.40");
        assertThat(shown(west.growth())).isEqualByComparingTo("13.50");
        UnitFigures south = unit(fdi, "南县");
        // 6300 / 6000 = 105.00 %, +63.33 points; last year 0: no growth
        assertThat(shown(south.completion())).isEqualByComparingTo("105.00");
        assertThat(south.gap()).isEqualByComparingTo("63.33");
        assertThat(south.growth()).isNull();
        UnitFigures north = unit(fdi, "北县");
        // 0 of 4000: zero progress, −41.67 points; (0 − 200) / 200 = −100 %
        assertThat(north.status()).isEqualTo("zero-progress");
        assertThat(north.gap()).isEqualByComparingTo("-41.67");
        assertThat(shown(north.growth())).isEqualByComparingTo("-100.00");
        UnitFigures middle = unit(fdi, "中县");
        // 1372 / 4000 = 34.30 %, 34.30 − 41.67 = −7.37; (1372 − 1400) / 1400 = −2.00 %
        assertThat(middle.gap()).isEqualByComparingTo("-7.37");
        assertThat(middle.status()).isEqualTo("behind");
        assertThat(shown(middle.growth())).isEqualByComparingTo("-2.00");
        UnitFigures fresh = unit(fdi, "新县");
        // 454 / 4000 = 11.35 %, −30.32 points; (454 − 500) / 500 = −9.20 %
        assertThat(fresh.gap()).isEqualByComparingTo("-30.32");
        assertThat(shown(fresh.growth())).isEqualByComparingTo("-9.20");
        UnitFigures zone = unit(fdi, "高新区");
        assertThat(zone.actual()).isNull();
        assertThat(zone.status()).isEqualTo("no-data");
    }

    @Test
    void ranksShareTiesAndSkip() {
        // in the tree's order 东区 西区 南县 北县 高新区 中县 新县
        // amounts 4086 3632 6300 0 - 1372 454
        assertThat(fdi.units()).extracting(UnitFigures::amountRank).containsExactly(2, 3, 1, 6, null, 4, 5);
        // completion 45.40 45.40 105.00 0.00 - 34.30 11.35: the two 45.40 share the 2nd place, next is 4th
        assertThat(fdi.units()).extracting(UnitFigures::completionRank).containsExactly(2, 2, 1, 6, null, 4, 5);
        // growth 13.50 13.50 - -100.00 - -2.00 -9.20
        assertThat(fdi.units()).extracting(UnitFigures::growthRank).containsExactly(1, 1, null, 5, null, 3, 4);
    }

    @Test
    void namedListsHoldExactlyTheirUnits() {
        // ahead: 南县 +63.33, 东区 +3.73, 西区 +3.73, by completion rank; nothing else is ahead
        assertThat(names(fdi.ahead())).containsExactly("南县", "东区", "西区");
        assertThat(names(fdi.onSchedule())).isEmpty();
        // behind: 中县 −7.37, 新县 −30.32, 北县 (zero) −41.67
        assertThat(names(fdi.behind())).containsExactly("中县", "新县", "北县");
        assertThat(names(fdi.zero())).containsExactly("北县");
        assertThat(names(fdi.noReport())).containsExactly("高新区");
        assertThat(names(fdi.exceeded())).containsExactly("南县");
        // six ranked, the last three places: 4th 中县, 5th 新县, 6th 北县
        assertThat(names(fdi.laggards())).containsExactly("中县", "新县", "北县");
        // every unit is in exactly one of ahead, on schedule, behind or without report
        assertThat(fdi.ahead().size() + fdi.onSchedule().size() + fdi.behind().size() + fdi.noReport().size())
                .isEqualTo(fdi.units().size());
    }

    @Test
    void exportsWithTheCitysOwnFigure() {
        UnitFigures total = exports.total();
        // the city's own statistics: 8400 / 20000 = 42.00 %, +0.33; (8400 − 8000) / 8000 = 5.00 %
        assertThat(total.actual()).isEqualByComparingTo("8400");
        assertThat(shown(total.completion())).isEqualByComparingTo("42.00");
        assertThat(total.gap()).isEqualByComparingTo("0.33");
        assertThat(shown(total.growth())).isEqualByComparingTo("5.00");
        // 高新区 and 新县 have no export target: not units of this part
        assertThat(names(exports.units())).containsExactly("东区", "西区", "南县", "北县", "中县");
        // 中县 50.00 +8.33, 东区 43.33 +1.66, 南县 42.50 +0.83 ahead; 西区 40.00 −1.67, 北县 30.00 −11.67 behind
        assertThat(names(exports.ahead())).containsExactly("中县", "东区", "南县");
        assertThat(names(exports.behind())).containsExactly("西区", "北县");
        assertThat(exports.zero()).isEmpty();
        assertThat(exports.noReport()).isEmpty();
        assertThat(exports.exceeded()).isEmpty();
        // five ranked, the last three: 南县 3rd, 西区 4th, 北县 5th
        assertThat(names(exports.laggards())).containsExactly("南县", "西区", "北县");
        // 1700 against 1700 last year: growth 0, ranked 3rd after 东区 +30 and 中县 +25
        assertThat(unit(exports, "南县").growth()).isEqualByComparingTo("0");
        assertThat(unit(exports, "南县").growthRank()).isEqualTo(3);
    }

    @Test
    void peerRanksWithMovement() {
        // 16th of 21 in May, 14th in April: down two places
        assertThat(fdi.peerRank().group()).isEqualTo("全省21个统计单位");
        assertThat(fdi.peerRank().rank()).isEqualTo(16);
        assertThat(fdi.peerRank().of()).isEqualTo(21);
        assertThat(fdi.peerRank().movement().places()).isEqualTo(-2);
        // 8th of the 18 cities (the group's size) in April and May
        assertThat(exports.peerRank().of()).isEqualTo(18);
        assertThat(exports.peerRank().movement().places()).isZero();
        assertThat(fdi.peerGrowthRank()).isNull();
    }

    @Test
    void aTieAcrossTheBoundaryIsNotNamedALaggard() {
        // the last four places are 3rd to 6th; 东区 and 西区 share the 2nd place (places 2 and 3), so only
        // 中县 (4th), 新县 (5th) and 北县 (6th) surely are among the last four
        Bulletin four = figures(Fixtures.city(), Fixtures.parameters(Map.of("laggards", "4")));
        assertThat(names(four.indicators().get(0).laggards())).containsExactly("中县", "新县", "北县");
        // with as many places as ranked units nobody is singled out
        Bulletin six = figures(Fixtures.city(), Fixtures.parameters(Map.of("laggards", "6")));
        assertThat(six.indicators().get(0).laggards()).isEmpty();
    }

    @Test
    void dateOfIssue() {
        assertThat(figures(Fixtures.city(), Fixtures.parameters(Map.of("date", "2004-06-05"))).date())
                .isEqualTo(Day.valueOf("2004-06-05"));
        // a plan brought up to the end of the year: the bulletin of May is dated the last day of May
        Fixtures later = Fixtures.city();
        later.plan.setAsOf(Day.valueOf("2004-12-31"));
        assertThat(figures(later, Fixtures.may()).date()).isEqualTo(Day.valueOf("2004-05-31"));
    }
}
