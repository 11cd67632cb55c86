/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.reports.builtin.tests.Reports.rows;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.model.Basis;
import podium.model.FigureCitation;
import podium.model.FigureRole;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.ModelFactory;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.PeerGroup;
import podium.model.Qualifier;
import podium.model.Section;
import podium.model.Speech;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.time.Day;
import podium.model.time.Period;
import podium.reports.api.Table;

/**
 * The period a figure is checked for: its section heading's year (过去一年 in a speech of March 2004 is 2003, which
 * the model does not hold), and never data the speaker could not have had on the speech's date. The speeches are
 * stored as imported before periods were recorded, so the check reads the period from the text by the importer's
 * rule; one figure has its period recorded.
 */
class SpeechPeriodCheckTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private ModelBuilder b;

    @BeforeEach
    void setUp() {
        b = new ModelBuilder("test");
        Organisation county = b.organisation("county", "全县", OrganisationKind.COUNTY);
        Organisation other = b.organisation("other", "邻县", OrganisationKind.COUNTY);
        b.plan("plan", "2004年计划", "2004", "2004-08-31").setOrganisation(county);
        Indicator fdi = b.indicator("FDI", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        PeerGroup province = b.peerGroup("province", "全市10个县区", 10, county, other);
        fdi.setPeerGroup(province);
        b.target(fdi, county, "2004", "1500", "1800");
        // January 300 (last year 250), February to date 650 reported on 8 March, August to date 1480
        b.actual(fdi, county, "2004-01", Basis.CUMULATIVE, "300").setPreviousYear(new BigDecimal("250"));
        b.actual(fdi, county, "2004-02", Basis.CUMULATIVE, "650").setReportDate(Day.of(2004, 3, 8));
        b.actual(fdi, county, "2004-08", Basis.CUMULATIVE, "1480").setPreviousYear(new BigDecimal("1200"));
        // 5th in January (published 15 February), 7th in February (published 15 March), 9th in August
        b.rank(fdi, county, province, "2004-01", 5).setDate(Day.of(2004, 2, 15));
        b.rank(fdi, county, province, "2004-02", 7).setDate(Day.of(2004, 3, 15));
        b.rank(fdi, county, province, "2004-08", 9);
    }

    @Test
    void aReviewOfLastYearIsNotComparedWithThisYearsData() throws Exception {
        String text = """
                一、过去一年工作回顾
                全年实际利用外资1480万美元，同比增长23.3%，居全市第9位。
                二、今年的任务和进展
                今年实际利用外资确保1500万美元。今年以来，实际利用外资650万美元，居全市第5位。
                """;
        Speech speech = speech("review", "县长讲话", text, Day.of(2004, 3, 10));
        section(speech, text, "一、", "过去一年工作回顾");
        section(speech, text, "二、", "今年的任务和进展");
        figure(speech, text, "实际利用外资1480万美元", "1480", Unit.TEN_THOUSAND_USD, Qualifier.EXACT, FigureRole.ACTUAL);
        figure(speech, text, "23.3%", "23.3", Unit.PERCENT, Qualifier.EXACT, FigureRole.GROWTH);
        figure(speech, text, "居全市第9位", "9", Unit.RANK_POSITION, Qualifier.EXACT, FigureRole.RANK);
        figure(speech, text, "实际利用外资确保1500万美元", "1500", Unit.TEN_THOUSAND_USD, Qualifier.GUARANTEE,
                FigureRole.TARGET);
        figure(speech, text, "实际利用外资650万美元", "650", Unit.TEN_THOUSAND_USD, Qualifier.EXACT, FigureRole.ACTUAL);
        figure(speech, text, "居全市第5位", "5", Unit.RANK_POSITION, Qualifier.EXACT, FigureRole.RANK);

        Table figures = Reports.table(Reports.run("speech-check", new Reports.Fixture(b.file()).input()), "figures");
        assertThat(rows(figures, "quote", "period", "model", "comparedWith", "result", "note")).containsExactly(
                // 过去一年 of a speech of 2004 is 2003: August 2004's 1480, +23.3 % and 9th are not its figures
                "实际利用外资1480万美元 | 2003 | -(the model has no data for 2003) |  | no-counterpart "
                        + "| the model has no data for 2003",
                "23.3% | 2003 | -(the model has no data for 2003) |  | no-counterpart | the model has no data for 2003",
                "居全市第9位 | 2003 | -(the model has no data for 2003) |  | no-counterpart | the model has no data for 2003",
                "实际利用外资确保1500万美元 | 2004 | 1500万美元 | guarantee target, 2004 | match | ",
                // on 10 March: February's 650 (reported on 8 March), not August's 1480
                "实际利用外资650万美元 | 2004 | 650万美元 | actual to 2/2004 | match "
                        + "| data only up to 2/2004, the last month before the speech of 10 March 2004",
                // February's rank was published on 15 March, after the speech: January's 5th
                "居全市第5位 | 2004 | 5位 | rank for 1/2004 | match | data only up to 1/2004");
    }

    @Test
    void aSpeechBeforeAnyDataOfItsYearHasNothingToCompare() throws Exception {
        String text = "今年以来，全县实际利用外资100万美元。";
        Speech speech = speech("early", "元旦讲话", text, Day.of(2004, 1, 5));
        figure(speech, text, "实际利用外资100万美元", "100", Unit.TEN_THOUSAND_USD, Qualifier.EXACT, FigureRole.ACTUAL);
        Table figures = Reports.table(Reports.run("speech-check", new Reports.Fixture(b.file()).input()), "figures");
        assertThat(rows(figures, "quote", "period", "result", "note")).containsExactly(
                "实际利用外资100万美元 | 2004 | no-counterpart | the speech of 5 January 2004 predates the data for 2004");
    }

    @Test
    void aRecordedPeriodIsTakenAsRecordedAndPlaceholdersAreNotGuessed() throws Exception {
        String text = "20xx年全县实际利用外资900万美元。上半年实际利用外资700万美元。";
        Speech speech = speech("recorded", "讲话", text, Day.of(2004, 9, 20));
        figure(speech, text, "实际利用外资900万美元", "900", Unit.TEN_THOUSAND_USD, Qualifier.EXACT, FigureRole.ACTUAL);
        figure(speech, text, "实际利用外资700万美元", "700", Unit.TEN_THOUSAND_USD, Qualifier.EXACT, FigureRole.ACTUAL)
                .setPeriod(Period.valueOf("2004H1"));
        Table figures = Reports.table(Reports.run("speech-check", new Reports.Fixture(b.file()).input()), "figures");
        assertThat(rows(figures, "quote", "result", "note")).containsExactly(
                "实际利用外资900万美元 | no-counterpart | the period \"20xx年\" cannot be compared with the model "
                        + "(its year is not known, or it does not run from January)",
                // the first half: nothing for June, so February's 650 (the latest month of the half with data)
                "实际利用外资700万美元 | mismatch | data only up to 2/2004");
    }

    @Test
    void aPartOfTheYearNotOverOnTheSpeechsDayIsNotComparedWithAnEarlierMonth() throws Exception {
        // on 10 March the speaker has January and February (reported on 8 March), not March
        String text = """
                一、今年以来的进展
                1-2月，全县实际利用外资650万美元。据快报，1-3月全县实际利用外资已达900万美元，一季度同比增长20%。
                今年以来全县实际利用外资650万美元。
                """;
        Speech speech = speech("spring", "县长在一季度调度会上的讲话", text, Day.of(2004, 3, 10));
        section(speech, text, "一、", "今年以来的进展");
        figure(speech, text, "实际利用外资650万美元", "650", Unit.TEN_THOUSAND_USD, Qualifier.EXACT, FigureRole.ACTUAL)
                .setPeriod(Period.valueOf("2004-02"));
        figure(speech, text, "实际利用外资已达900万美元", "900", Unit.TEN_THOUSAND_USD, Qualifier.EXACT, FigureRole.ACTUAL)
                .setPeriod(Period.valueOf("2004-03"));
        figure(speech, text, "20%", "20", Unit.PERCENT, Qualifier.EXACT, FigureRole.GROWTH)
                .setPeriod(Period.valueOf("2004Q1"));
        FigureCitation soFar = figure(speech, text, "今年以来全县实际利用外资650万美元", "650", Unit.TEN_THOUSAND_USD,
                Qualifier.EXACT, FigureRole.ACTUAL);
        soFar.setPeriod(Period.valueOf("2004"));
        Table figures = Reports.table(Reports.run("speech-check", new Reports.Fixture(b.file()).input()), "figures");
        assertThat(rows(figures, "quote", "result", "note")).containsExactly(
                "实际利用外资650万美元 | match | ",
                // not February's 650 to date: March was not over on 10 March
                "实际利用外资已达900万美元 | no-counterpart | the speech of 10 March 2004 predates the data for 3/2004",
                // not January's growth (300 against 250, +20 %): the quarter was not over either
                "20% | no-counterpart | Q1 2004 was not over on the day of the speech (10 March 2004): the figure is "
                        + "not compared with data to an earlier month",
                // the year so far is what the speaker had: February
                "今年以来全县实际利用外资650万美元 | match "
                        + "| data only up to 2/2004, the last month before the speech of 10 March 2004");
    }

    private Speech speech(String name, String title, String text, Day date) {
        Speech speech = F.createSpeech();
        speech.setName(name);
        speech.setTitle(title);
        speech.setText(text);
        speech.setOriginalText(text);
        speech.setDate(date);
        b.file().getElements().add(speech);
        return speech;
    }

    private static void section(Speech speech, String text, String number, String title) {
        Section section = F.createSection();
        section.setNumber(number);
        section.setTitle(title);
        section.setLevel(1);
        section.setOffset(text.indexOf(number + title));
        section.setLength((number + title).length());
        speech.getSections().add(section);
    }

    private static FigureCitation figure(Speech speech, String text, String quote, String value, Unit unit,
            Qualifier qualifier, FigureRole role) {
        FigureCitation figure = SpeechFigures.figure(speech, 1, quote, "实际利用外资", value, unit, qualifier, role);
        figure.setOffset(text.indexOf(quote));
        figure.setLength(quote.length());
        return figure;
    }
}
