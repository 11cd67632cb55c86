/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import podium.importer.ImportedFigure;

/** Counts that announce the parts of a speech or of its argument are not figures; real counts stay. */
class DiscourseCountTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "下面，我讲五点意见。", // 点 enumerates points
        "要把握好十大产业和两大平台。", // 大 names a set of major items
        "我们要从四个方面加强服务。", // a part noun, whatever the number
        "重点做好六个方面工作。",
        "推进“十二个层面”和十二个层面的改革。",
        "抓好三个环节，把住两道关口。",
        "突出“发展”和“民生”两个关键。", // an abstract head of a short list
        "重点解决三个问题，落实五项措施，坚持两条原则。",
        "强化管理和服务两种职能。",
        "我感觉有三个“事关”，也有两个“1113”工程。", // coined terms in quotes
        "今年重点抓好三件事：一是抓项目，二是抓企业，三是抓环境。", // a count that opens a list
        "我提五个要点：第一，统一思想。",
        "对每出口一美元的企业给予奖励。", // the base of a rate
        "过去的两年来，形势变化很大；三年以来，工作有了起色。", // a time frame
    })
    void areNotFigures(String text) {
        assertThat(Imports.speech(text).figures()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "全年引进项目12个。 | 12 | 个",
        "今年新增企业5家。 | 5 | 家",
        "上半年签约项目3个。 | 3 | 个",
        "全年化解信访问题120个。 | 120 | 个", // many problems are a caseload, not a list
        "围绕十个方面，落实50项重点工作任务。 | 50 | 项", // the tasks are many; the 方面 are parts
        "新上两条漂染生产线。 | 2 | 条", // 条 counts things here
        "每年新增企业50家。 | 50 | 家", // after 每 and a unit the number is the quantity
        "经过四年多的开发建设，园区初具规模。 | 4 | 年",
    })
    void realCountsStay(String text, BigDecimal value, String unit) {
        assertThat(Imports.speech(text).figures()).anyMatch(f -> f.value() != null
                && f.value().compareTo(value) == 0 && unit.equals(f.unit()));
    }

    @Test
    void aListIntroducedByARealCountStays() {
        ImportedFigure f = Imports.figure("今年引进项目38个：一是工业项目，二是服务业项目。", "38个");
        assertThat(f.indicator()).isEqualTo("项目");
    }

    @Test
    void rankAndZeroTargetStay() {
        assertThat(Imports.speech("实际利用外资在全省21个统计单位中排名第16位，确保实现“零进京”目标。").figures())
                .extracting(ImportedFigure::quote).anyMatch(q -> q.contains("第16位")).anyMatch(q -> q.contains("零进京"));
    }
}
