/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;

import podium.model.Basis;
import podium.model.Decomposition;
import podium.reports.api.Column;
import podium.reports.api.ReportData;
import podium.reports.api.Row;
import podium.reports.api.Table;
import podium.reports.api.Value;
import podium.reports.api.format.Formats;
import podium.reports.bulletin.BulletinReport;

/** The appendix table (附表): ranked cells, "-" with their reasons, totals against the rows shown above them. */
class AppendixTest {

    private static Table appendix(Fixtures fixtures) throws Exception {
        ReportData data = new BulletinReport().produce(fixtures.input(), Fixtures.may());
        assertThat(data.tables()).hasSize(1);
        return data.tables().get(0);
    }

    private static Value cell(Table table, String unit, String column) {
        int index = table.columnIndex(column);
        assertThat(index).as(column).isNotNegative();
        return table.rows().stream().filter(r -> ((Value.Text) r.cell(0)).text().equals(unit)).findFirst()
                .orElseThrow().cell(index);
    }

    /** "value（rank）" as the table shows it, "-" for an empty cell. */
    private static String shown(Table table, String unit, String column) {
        return Formats.chinese().cell(cell(table, unit, column));
    }

    @Test
    void oneColumnPerIndicatorAndMeasure() throws Exception {
        Table table = appendix(Fixtures.city());
        assertThat(table.columns()).extracting(Column::id).containsExactly("unit", "FDI.amount", "FDI.completion",
                "FDI.growth", "EXP.amount", "EXP.completion", "EXP.growth");
        assertThat(table.columns()).extracting(Column::header).containsExactly("单位", "实际利用外资完成额（万美元）",
                "实际利用外资完成率（%）", "实际利用外资增幅（±%）", "外贸出口完成额（万美元）", "外贸出口完成率（%）", "外贸出口增幅（±%）");
        // one row per unit with a target, in the tree's order, then the total
        assertThat(table.rows()).extracting(r -> ((Value.Text) r.cell(0)).text())
                .containsExactly("东区", "西区", "南县", "北县", "高新区", "中县", "新县", "合计");
        assertThat(table.rows()).extracting(Row::kind).endsWith(Row.Kind.TOTAL).filteredOn(k -> k == Row.Kind.TOTAL).hasSize(1);
    }

    @Test
    void valuesCarryTheirRanksAndTiesShareThem() throws Exception {
        Table table = appendix(Fixtures.city());
        // hand-computed in BulletinFiguresTest: 4086 2nd, 45.40 % 2nd (tied with 西区), +13.50 % 1st (tied)
        assertThat(shown(table, "东区", "FDI.amount")).isEqualTo("4086（2）");
        assertThat(shown(table, "东区", "FDI.completion")).isEqualTo("45.40%（2）");
        assertThat(shown(table, "西区", "FDI.completion")).isEqualTo("45.40%（2）");
        assertThat(shown(table, "东区", "FDI.growth")).isEqualTo("13.50%（1）");
        assertThat(shown(table, "西区", "FDI.growth")).isEqualTo("13.50%（1）");
        // after the tie for 2nd comes the 4th: 中县 34.30 %; after the tie for 1st the 3rd: 中县 −2.00 %
        assertThat(shown(table, "中县", "FDI.completion")).isEqualTo("34.30%（4）");
        assertThat(shown(table, "中县", "FDI.growth")).isEqualTo("-2.00%（3）");
        // beyond 100 %, at zero, a decline to zero signed −100
        assertThat(shown(table, "南县", "FDI.completion")).isEqualTo("105.00%（1）");
        assertThat(shown(table, "北县", "FDI.amount")).isEqualTo("0（6）");
        assertThat(shown(table, "北县", "FDI.growth")).isEqualTo("-100.00%（5）");
        Value.Ranked ranked = (Value.Ranked) cell(table, "东区", "FDI.amount");
        assertThat(ranked.value()).isEqualTo(new Value.Amount(new BigDecimal("4086"), podium.model.Unit.TEN_THOUSAND_USD));
        // six units ranked by amount
        assertThat(ranked.rank()).isEqualTo(new Value.Rank(2, 6));
    }

    @Test
    void emptyCellsSayWhy() throws Exception {
        Table table = appendix(Fixtures.city());
        // no export target for 高新区 and 新县
        assertThat(cell(table, "新县", "EXP.amount")).isEqualTo(new Value.Empty("无目标任务"));
        assertThat(cell(table, "高新区", "EXP.growth")).isEqualTo(new Value.Empty("无目标任务"));
        // 高新区 did not report its investment
        assertThat(cell(table, "高新区", "FDI.completion")).isEqualTo(new Value.Empty("未报送数据"));
        // 南县: last year 0, the growth cannot be computed
        assertThat(cell(table, "南县", "FDI.growth")).isEqualTo(new Value.Empty("上年同期为零或无数据", Value.Empty.Kind.NO_BASE));
        assertThat(shown(table, "南县", "FDI.growth")).isEqualTo("—"); // as bulletins print a growth from a zero base
    }

    @Test
    void notesExplainRanksEveryDashAndTheTotals() throws Exception {
        // 实际利用外资: the total is summed from the units shown (15844 = 4086 + 3632 + 6300 + 0 + 1372 + 454): no note;
        // 外贸出口: the city's own 8400 against 2600 + 2000 + 1700 + 900 + 1000 = 8200 shown: 200 apart
        assertThat(appendix(Fixtures.city()).notes()).containsExactly("括号内数字为位次，并列者位次相同。",
                "实际利用外资栏中“-”表示未报送数据（高新区），未计入合计。",
                "实际利用外资增幅栏中“—”表示上年同期为零或无数据，无法计算增幅（南县）。",
                "外贸出口栏中“-”表示该单位无此项目标任务（高新区、新县）。",
                "外贸出口合计为全市统计数，与表中各县市区之和（8200）相差200。");
    }

    @Test
    void everyTotalEqualsTheSumOfTheAmountsShownOrANoteSaysWhy() throws Exception {
        Table table = appendix(Fixtures.city());
        Row total = table.rows().get(table.rows().size() - 1);
        for (String indicator : List.of("实际利用外资", "外贸出口")) {
            int column = table.columnIndex(indicator.equals("外贸出口") ? "EXP.amount" : "FDI.amount");
            BigDecimal sum = BigDecimal.ZERO;
            for (Row row : table.rows().subList(0, table.rows().size() - 1)) {
                BigDecimal n = row.cell(column).number();
                sum = n == null ? sum : sum.add(n.setScale(2, RoundingMode.HALF_UP));
            }
            BigDecimal shownTotal = total.cell(column).number().setScale(2, RoundingMode.HALF_UP);
            boolean explained = table.notes().stream().anyMatch(n -> n.startsWith(indicator + "合计"));
            assertThat(shownTotal.compareTo(sum) == 0 || explained).as(indicator).isTrue();
        }
        assertThat(total.cell(table.columnIndex("FDI.amount")).number()).isEqualByComparingTo("15844");
        assertThat(total.cell(table.columnIndex("EXP.amount")).number()).isEqualByComparingTo("8400");
        // 41.69 % and 42.00 % as in the text
        assertThat(Formats.chinese().cell(total.cell(table.columnIndex("FDI.completion")))).isEqualTo("41.69%");
    }

    @Test
    void withoutUnitsTheTableHasTheTotalAlone() throws Exception {
        Fixtures f = new Fixtures();
        f.plan.setOrganisation(f.city);
        f.b.target(f.fdi, f.city, "2004", "1000", null);
        f.actual(f.fdi, f.city, "450", "500");
        Table table = appendix(f);
        // 450 of 1000 = 45.00 %, (450 − 500) / 500 = −10.00 %; 外贸出口 has no target: no columns;
        // nothing above the total to compare it with
        assertThat(table.rows()).singleElement().satisfies(total -> {
            assertThat(total.kind()).isEqualTo(Row.Kind.TOTAL);
            assertThat(total.cells()).extracting(Formats.chinese()::cell).containsExactly("合计", "450", "45.00%", "-10.00%");
        });
        assertThat(table.notes()).isEmpty();
    }

    @Test
    void aSummedTotalWithFiguresOfUnitsWithoutTarget() throws Exception {
        Fixtures f = new Fixtures();
        f.plan.setOrganisation(f.city);
        f.b.target(f.fdi, f.city, "2004", "1000", null);
        Decomposition split = f.b.decomposition(f.fdi, f.city, "2004");
        f.b.share(split, f.east, "600", null);
        f.actual(f.fdi, f.east, "300", null);
        // 西区 has no target but reports 100: the city's summed total is 300 + 100 = 400, 300 shown above it
        f.actual(f.fdi, f.west, "100", null);
        Table table = appendix(f);
        assertThat(table.rows()).extracting(r -> ((Value.Text) r.cell(0)).text()).containsExactly("东区", "合计");
        assertThat(table.rows().get(1).cell(1).number()).isEqualByComparingTo("400");
        assertThat(table.notes()).contains("实际利用外资合计含表中未列出数据的西区（100万美元）。");
    }

    @Test
    void aTotalAsDisplayedMayDifferFromItsRoundedPartsByRounding() throws Exception {
        Fixtures f = new Fixtures();
        f.plan.setOrganisation(f.city);
        f.b.target(f.fdi, f.city, "2004", "1000", null);
        Decomposition split = f.b.decomposition(f.fdi, f.city, "2004");
        f.b.share(split, f.east, "500", null);
        f.b.share(split, f.west, "500", null);
        f.b.actual(f.fdi, f.east, Fixtures.MONTH, Basis.CUMULATIVE, "100.004");
        f.b.actual(f.fdi, f.west, Fixtures.MONTH, Basis.CUMULATIVE, "100.004");
        // each shown 100.00, together 200.00; the total 200.008 is shown 200.01: 0.01 apart by rounding
        assertThat(appendix(f).notes()).contains("实际利用外资合计按未经四舍五入的数值计算，与表中各县市区之和（200）相差0.01。");
    }
}
