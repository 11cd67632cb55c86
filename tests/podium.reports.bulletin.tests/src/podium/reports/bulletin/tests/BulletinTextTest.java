/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import podium.model.Basis;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Unit;
import podium.reports.api.Block;
import podium.reports.api.Paragraph;
import podium.reports.api.ReportData;
import podium.reports.api.Table;
import podium.reports.bulletin.BulletinReport;

/** The bulletin's text from the built-in template, against sentences written out by hand. */
class BulletinTextTest {

    private static ReportData produce(Fixtures fixtures) throws Exception {
        return new BulletinReport().produce(fixtures.input(), Fixtures.may());
    }

    @Test
    void titleAddresseesAndOpening() throws Exception {
        ReportData data = produce(Fixtures.city());
        assertThat(data.reportId()).isEqualTo("bulletin");
        assertThat(data.title()).isEqualTo("关于2004年1-5月全市实际利用外资和外贸出口完成情况的通报");
        assertThat(Blocks.paragraphs(data, Paragraph.Style.ADDRESS)).containsExactly("各县市区，市直有关单位：");
        assertThat(Blocks.paragraphs(data, Paragraph.Style.BODY).get(0)).endsWith("现将2004年1-5月全市实际利用外资和外贸出口完成情况通报如下：");
    }

    @Test
    void sectionsInOrder() throws Exception {
        assertThat(Blocks.headings(produce(Fixtures.city()))).containsExactly("1 一、总体情况", "2 （一）实际利用外资",
                "2 （二）外贸出口", "1 二、各县市区完成情况", "2 （一）实际利用外资", "2 （二）外贸出口", "1 三、下一步要求");
    }

    @Test
    void overallSituationInTheBulletinsWords() throws Exception {
        List<String> body = Blocks.paragraphs(produce(Fixtures.city()), Paragraph.Style.BODY);
        // the city has no figure of its own and 高新区 has not reported: 15844万美元 (→ 1.58亿美元) is the sum of the
        // six units that have, not the city's figure, so no completion, gap or growth of the city is given
        assertThat(body).contains("1-5月，已报送数据的6个县市区实际利用外资合计1.58亿美元（高新区未报送，未计入），"
                + "全市完成情况待数据报齐后通报。全市实际利用外资总量居全省21个统计单位第16位，较上月由第14位退至第16位。");
        // 8400 stays in 万美元 (below 1亿), 20000万美元 = 2.00亿美元; 42.00 %, +0.33, +5.00 %, 8th as in April
        assertThat(body).contains("1-5月，全市外贸出口8400万美元，完成年度目标2.00亿美元的42.00%，超序时进度0.33个百分点，"
                + "同比增长5.00%。全市外贸出口总量居全省18个省辖市第8位，与上月持平。");
    }

    @Test
    void aTotalSummedFromUnitsThatHaveAllReportedIsTheCitysFigure() throws Exception {
        Fixtures f = Fixtures.city();
        f.actual(f.fdi, f.zone, "0", null); // 高新区 reports, at zero: the sum of all seven units is the city's
        List<String> body = Blocks.paragraphs(new BulletinReport().produce(f.input(), Fixtures.may()), Paragraph.Style.BODY);
        // 15844万美元 = 1.5844亿 → 1.58亿美元; 38000万美元 → 3.80亿美元; 41.69 %, 0.02 points, 78.02 % (see BulletinFiguresTest)
        // (no 同比: 高新区 gives no figure for last year)
        assertThat(body).anyMatch(p -> p.startsWith("1-5月，全市实际利用外资1.58亿美元，完成年度目标3.80亿美元的41.69%，"
                + "超序时进度0.02个百分点。"));
        assertThat(String.join("", body)).doesNotContain("已报送数据的");
    }

    @Test
    void anIndicatorThatNoOneHasReportedForTheMonthIsNotASumOfNoUnits() throws Exception {
        Fixtures f = Fixtures.city();
        // investment: a city target and 东区's; the city's own figure came for April, nothing at all for May
        Indicator investment = f.b.indicator("INV", "全社会固定资产投资", Unit.HUNDRED_MILLION_YUAN, IndicatorKind.FLOW);
        f.b.target(investment, f.city, "2004", "120", null);
        f.b.target(investment, f.east, "2004", "30", null);
        f.b.actual(investment, f.city, "2004-04", Basis.CUMULATIVE, "41.5");
        List<String> body = Blocks.paragraphs(new BulletinReport().produce(f.input(), Fixtures.may()), Paragraph.Style.BODY);
        assertThat(body).contains("1-5月，全市全社会固定资产投资尚未报送数据，完成情况待数据报齐后通报。");
        assertThat(String.join("", body)).doesNotContain("已报送数据的0个");
    }

    @Test
    void unitsNamedAheadBehindAtZeroAndWithoutReport() throws Exception {
        List<String> body = Blocks.paragraphs(produce(Fixtures.city()), Paragraph.Style.BODY);
        assertThat(body).contains("南县、东区、西区等3个县市区超序时进度，其中南县（105.00%）已超额完成全年目标任务。"
                + "中县、新县、北县等3个县市区低于序时进度，其中北县尚未实现零的突破。高新区未按时报送1-5月数据。"
                + "实际利用外资完成率排在后三位的是中县（34.30%）、新县（11.35%）、北县（0.00%），"
                + "请相关县市区高度重视，认真分析原因，加快工作进度。");
        assertThat(body).contains("中县、东区、南县等3个县市区超序时进度。西区、北县等2个县市区低于序时进度。各县市区均有实绩。"
                + "外贸出口完成率排在后三位的是南县（42.50%）、西区（40.00%）、北县（30.00%），"
                + "请相关县市区高度重视，认真分析原因，加快工作进度。");
    }

    @Test
    void demandsSignatureDateAndOneAppendixTableAtTheEnd() throws Exception {
        ReportData data = produce(Fixtures.city());
        String text = Blocks.text(data);
        assertThat(text).contains("对照目标查找差距", "倒排", "挂包领导", "尚未实现零的突破的单位要集中力量攻坚");
        assertThat(Blocks.paragraphs(data, Paragraph.Style.SIGNATURE))
                .containsExactly("某市重点目标任务推进工作领导小组办公室", "2004年5月31日");
        assertThat(data.tables()).hasSize(1);
        Block last = data.blocks().get(data.blocks().size() - 1);
        assertThat(last).isInstanceOf(Table.class);
        assertThat(((Table) last).title()).isEqualTo("附表：2004年1-5月各县市区实际利用外资和外贸出口完成情况");
        assertThat(data.parameters()).extracting(p -> p.label() + "=" + p.value()).containsExactly("Data month=2004-05",
                "Period=2004", "Organisation=某市", "Template=bulletin.ftl (built-in)");
        assertThat(data.omissions()).containsExactly("实际利用外资: no figure from 高新区 for 2004-05");
    }

    @Test
    void aDeclineIsWrittenAsADecline() throws Exception {
        Fixtures f = new Fixtures();
        f.plan.setOrganisation(f.city);
        f.b.target(f.fdi, f.city, "2004", "1000", null);
        f.actual(f.fdi, f.city, "450", "500");
        ReportData data = produce(f);
        // 450 / 1000 = 45.00 %, 45.00 − 41.67 = +3.33; (450 − 500) / 500 = −10.00 %: 同比下降10.00%
        assertThat(Blocks.paragraphs(data, Paragraph.Style.BODY))
                .contains("1-5月，全市实际利用外资450万美元，完成年度目标1000万美元的45.00%，超序时进度3.33个百分点，同比下降10.00%。");
        assertThat(Blocks.text(data)).doesNotContain("增长-");
        // no unit has a target: no part on the units, the demands become the second part
        assertThat(Blocks.headings(data)).containsExactly("1 一、总体情况", "1 二、下一步要求");
        assertThat(data.title()).isEqualTo("关于2004年1-5月全市实际利用外资完成情况的通报");
    }

    @Test
    void behindTheSchedule() throws Exception {
        Fixtures f = new Fixtures();
        f.plan.setOrganisation(f.city);
        f.b.target(f.fdi, f.city, "2004", "1000", null);
        f.actual(f.fdi, f.city, "300", null);
        // 300 / 1000 = 30.00 %, 30.00 − 41.67 = −11.67; no figure for last year: no growth clause
        assertThat(Blocks.paragraphs(produce(f), Paragraph.Style.BODY))
                .contains("1-5月，全市实际利用外资300万美元，完成年度目标1000万美元的30.00%，低于序时进度11.67个百分点。");
    }
}
