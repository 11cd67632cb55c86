/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import podium.importer.model.FigurePeriods;
import podium.importer.model.SpeechModelMapper;
import podium.model.FigureCitation;
import podium.model.Meeting;
import podium.model.PlanningFile;
import podium.model.Speech;
import podium.model.time.Day;
import podium.model.time.Month;
import podium.model.time.Period;

/**
 * The period recorded for each figure: its sentence's, else its section heading's year, else its speech's date's;
 * 今年/去年 count from the date.
 */
class FigurePeriodTest {

    @Test
    void aReviewOfLastYearThenThisYearsTasks() {
        Speech speech = imported("""
                在全县招商引资工作会议上的讲话
                （2011年2月18日）
                同志们：
                一、过去一年的主要成绩
                全年共引进内资项目45个，到位资金18.6亿元。其中，上半年到位资金7.2亿元。
                二、2011年的工作任务
                今年全县到位资金确保25亿元，力争28亿元。
                三、几点要求
                各乡镇要在6月底前完成到位资金12亿元。去年全县外贸出口完成3.4亿美元。
                """);
        assertThat(speech.getDate()).isEqualTo(Day.of(2011, 2, 18));
        // 过去一年 in a speech of 2011 is 2010
        assertThat(period(speech, "45")).isEqualTo(Period.year(2010));
        assertThat(period(speech, "18.6")).isEqualTo(Period.year(2010));
        assertThat(period(speech, "7.2")).isEqualTo(Period.half(2010, 1));
        assertThat(period(speech, "25")).isEqualTo(Period.year(2011));
        assertThat(period(speech, "28")).isEqualTo(Period.year(2011));
        // a heading without a year: the year of the speech's date; 6月底 runs from January to June
        assertThat(period(speech, "12")).isEqualTo(Period.month(Month.of(2011, 6)));
        // 去年 counts from the date, whatever the heading
        assertThat(period(speech, "3.4")).isEqualTo(Period.year(2010));
    }

    @Test
    void aNestedHeadingGivesItsYearToWhatIsUnderIt() {
        Speech speech = imported("""
                在全市外经贸工作会议上的讲话
                （2006年1月20日）
                一、关于2005年的工作
                （一）外资工作。实际利用外资完成9800万美元，同比增长12%。
                （二）出口工作。1-11月出口完成2.6亿美元。
                二、2006年目标
                实际利用外资确保1.2亿美元。
                """);
        assertThat(period(speech, "9800")).isEqualTo(Period.year(2005));
        assertThat(period(speech, "12")).isEqualTo(Period.year(2005));
        assertThat(period(speech, "2.6")).isEqualTo(Period.month(Month.of(2005, 11)));
        assertThat(period(speech, "1.2")).isEqualTo(Period.year(2006));
    }

    @Test
    void aSentenceStatingItsYearWinsOverItsHeading() {
        Speech speech = imported("""
                在全区经济工作会议上的讲话
                （2008年3月2日）
                一、2007年工作回顾
                2006年全区生产总值为52亿元，2007年达到60亿元。
                """);
        assertThat(period(speech, "52")).isEqualTo(Period.year(2006));
        assertThat(period(speech, "60")).isEqualTo(Period.year(2007));
    }

    @Test
    void withoutADateRelativeWordsCountFromTheHeadingAndNothingElseIsGuessed() {
        Speech speech = imported("""
                在全镇经济工作会议上的讲话
                一、2009年的工作
                全镇财政收入完成3200万元。
                二、工作打算
                财政收入力争突破4000万元。
                """);
        assertThat(speech.getDate()).isNull();
        assertThat(period(speech, "3200")).isEqualTo(Period.year(2009));
        // no year in the heading and no date: nothing recorded (the check then takes the plan's period)
        assertThat(period(speech, "4000")).isNull();
    }

    @Test
    void aRetrospectiveHeadingWithoutAYearMakesTheWholeYearTheOneBeforeTheSpeech() {
        Speech speech = imported("""
                在全县开放型经济工作会议上的讲话
                （2012年3月1日）
                一、工作回顾
                全年外贸出口完成1.8亿美元。今年1-2月，全县实际利用外资860万美元。
                """);
        assertThat(period(speech, "1.8")).isEqualTo(Period.year(2011));
        assertThat(period(speech, "860")).isEqualTo(Period.month(Month.of(2012, 2)));
    }

    @Test
    void aLookBackOnPartOfTheYearKeepsTheWholeYearThisYear() {
        Day july = Day.of(2015, 7, 22);
        // 全年任务 in a mid-year review is this year's
        assertThat(FigurePeriods.resolve("全年", List.of("上半年工作回顾"), july).period()).isEqualTo(Period.year(2015));
        assertThat(FigurePeriods.resolve("全年", List.of("肯定成绩，认清形势"), july).period()).isEqualTo(Period.year(2015));
        assertThat(FigurePeriods.resolve("全年", List.of("工作总结"), july).period()).isEqualTo(Period.year(2014));
    }

    /** Headings as the rule reads them: innermost first. */
    @Test
    void theRuleOnItsOwn() {
        Day march = Day.of(2004, 3, 6);
        assertThat(FigurePeriods.resolve("全年", List.of("2003年工作回顾"), march).period()).isEqualTo(Period.year(2003));
        assertThat(FigurePeriods.resolve(null, List.of("利用外资稳步增长", "2003年工作回顾"), march).period())
                .isEqualTo(Period.year(2003));
        assertThat(FigurePeriods.resolve(null, List.of("一年来的工作"), march).period()).isEqualTo(Period.year(2003));
        assertThat(FigurePeriods.resolve(null, List.of("主要措施"), march).period()).isEqualTo(Period.year(2004));
        assertThat(FigurePeriods.resolve("今年", List.of("2003年工作回顾"), march).period()).isEqualTo(Period.year(2004));
        assertThat(FigurePeriods.resolve("前三季度", List.of("2003年工作回顾"), march).period())
                .isEqualTo(Period.month(Month.of(2003, 9)));
        assertThat(FigurePeriods.resolve("一季度", List.of(), march).period()).isEqualTo(Period.quarter(2004, 1));
        // 肯定成绩 reviews the year so far as often as the last one: no year from it
        assertThat(FigurePeriods.resolve("今年以来", List.of("肯定成绩，认清形势"), march).period())
                .isEqualTo(Period.year(2004));
        // two years in one heading say nothing about which one a figure is for: the date's
        assertThat(FigurePeriods.resolve(null, List.of("2003年回顾和2004年任务"), march).period())
                .isEqualTo(Period.year(2004));
    }

    @Test
    void periodsTheModelCannotHoldAreReportedAsSuch() {
        Day day = Day.of(2004, 3, 6);
        assertThat(FigurePeriods.resolve("20xx年", List.of(), day).unresolved()).isEqualTo("20xx年");
        assertThat(FigurePeriods.resolve(null, List.of("20XX年工作回顾"), day).unresolved()).isEqualTo("20XX年");
        assertThat(FigurePeriods.resolve("“十一五”期间", List.of(), day).unresolved()).isEqualTo("“十一五”期间");
        // not counted from January, as the model's figures to date are
        assertThat(FigurePeriods.resolve("下半年", List.of(), day).unresolved()).isEqualTo("下半年");
        assertThat(FigurePeriods.resolve("二季度", List.of(), day).unresolved()).isEqualTo("二季度");
        assertThat(FigurePeriods.resolve("3-5月", List.of(), day).unresolved()).isEqualTo("3-5月");
        assertThat(FigurePeriods.resolve("8月份", List.of(), day).unresolved()).isEqualTo("8月份");
        assertThat(FigurePeriods.resolve(null, List.of("过去一年的工作"), null).unresolved()).isEqualTo("过去一年");
    }

    private static Speech imported(String text) {
        PlanningFile file = SpeechModelMapper.toModel(Imports.text(text));
        return file.getElements().stream().filter(Speech.class::isInstance).map(Speech.class::cast).findFirst()
                .orElseGet(() -> ((Meeting) file.getElements().get(0)).getSpeeches().get(0));
    }

    /** The recorded period of the one figure whose value is {@code value}. */
    private static Period period(Speech speech, String value) {
        List<FigureCitation> found = speech.getFigures().stream()
                .filter(f -> f.getValue() != null && f.getValue().compareTo(new java.math.BigDecimal(value)) == 0).toList();
        assertThat(found).as("figures of value %s among %s", value,
                speech.getFigures().stream().map(FigureCitation::getQuote).toList()).hasSize(1);
        return found.get(0).getPeriod();
    }
}
