/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The indicator of a figure is a noun phrase, not a fragment of the clause around it. */
class IndicatorNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a preposition that begins a word is part of it
        "全县从业人员8万人。 | 8万人 | 从业人员",
        "全区在建项目45个。 | 45个 | 在建项目",
        // the organisation is the subject, not what is measured
        "引进了由某某实业集团投资3亿元的纸业项目。 | 3亿元 | 投资",
        "由县交通局投资1.2亿元修建。 | 1.2亿元 | 投资",
        "与某某科技有限公司合作投资2亿元。 | 2亿元 | 合作投资",
        // a count's noun ends at its head, before what is done with the things counted
        "完成30个安置项目审批手续。 | 30个 | 安置项目",
        "抓好12个现代农业园区建设。 | 12个 | 现代农业园区",
        "走访15家重点出口企业宏达、远航等。 | 15家 | 重点出口企业",
        // a headless phrase runs on to its head across 、 or 的
        "帮助30家纺织、食品企业。 | 30家 | 纺织、食品企业",
        "举办八期不同行业、不同层次的培训班。 | 八期 | 培训班",
        // money named after the amount when it is a fund
        "银行为企业新增2亿元授信资金。 | 2亿元 | 授信资金",
        // hedges and verbs before the indicator are peeled off
        "春节后镇里就提出了力争新上工业项目15个。 | 15个 | 新上工业项目",
        "全县没有投资5000万美元以上的项目。 | 5000万美元 | 投资",
        "即便是总投资500万美元的项目也很少。 | 500万美元 | 总投资",
        // a comparison is no name: the difference takes the level before it; a threshold's 以上的 is peeled off
        "全年出口完成9000万美元，增速高于全省平均2.2个百分点。 | 2.2个百分点 | 出口",
        "投资5000万元以上的项目有7个。 | 7个 | 项目",
        // digits start a new figure, they are not part of the noun
        "围绕10个片区30项重点工程。 | 10个 | 片区",
    })
    void namesTheIndicator(String text, String quotePart, String indicator) {
        assertThat(Imports.figure(text, quotePart).indicator()).isEqualTo(indicator);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "全区固定资产投资完成80亿元。 | 80亿元 | 固定资产投资",
        "实际利用外资确保2800万美元。 | 2800万美元 | 实际利用外资",
        "上半年社会消费品零售总额41.3亿元。 | 41.3亿元 | 社会消费品零售总额",
        "今年要引进大型工业企业5户以上。 | 5户 | 大型工业企业",
    })
    void keepsWholeIndicatorNames(String text, String quotePart, String indicator) {
        assertThat(Imports.figure(text, quotePart).indicator()).isEqualTo(indicator);
    }

    /** A month or a span of months before the indicator is a date, not an amount the name starts after. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "据快报，1-7月全县工业增加值已达12.6亿元。 | 12.6亿元 | 工业增加值",
        "5月份全区社会消费品零售总额3.2亿元。 | 3.2亿元 | 社会消费品零售总额",
        "2003年我市合同外资8600万美元。 | 8600万美元 | 合同外资",
        "截至目前，1至10月份全县招商引资到位资金完成21亿元。 | 21亿元 | 招商引资到位资金",
    })
    void aDateBeforeTheIndicatorIsNoPartOfIt(String text, String quotePart, String indicator) {
        assertThat(Imports.figure(text, quotePart).indicator()).isEqualTo(indicator);
    }

    /** A name taken wrongly once would be given to every later figure that shortens it: it must not start with a month. */
    @Test
    void laterFiguresKeepTheirOwnNameAfterAMonthSpan() {
        String text = "据初步统计，1-9月全县实际到位外资已达1250万美元。\n明年，全县实际到位外资确保1800万美元，力争2000万美元。";
        assertThat(Imports.figure(text, "1250万美元").indicator()).isEqualTo("实际到位外资");
        assertThat(Imports.figure(text, "1800万美元").indicator()).isEqualTo("实际到位外资");
        assertThat(Imports.figure(text, "2000万美元").indicator()).isEqualTo("实际到位外资");
    }
}
