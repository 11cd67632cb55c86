/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.reports.builtin.tests.Reports.rows;
import static podium.reports.builtin.tests.SpeechFigures.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.importer.ImportCodes;
import podium.model.Basis;
import podium.model.Decomposition;
import podium.model.FigureCitation;
import podium.model.FigureRole;
import podium.model.ImportProblem;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.IssueSeverity;
import podium.model.Meeting;
import podium.model.ModelFactory;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.PeerGroup;
import podium.model.Qualifier;
import podium.model.Speech;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.time.Period;
import podium.reports.ParameterChoices;
import podium.reports.ReportOutcome;
import podium.reports.api.ReportData;
import podium.reports.api.Table;

/**
 * 讲话数字核对 on a speech citing the city's 2004 FDI targets, its actual and growth to August (2350.4 万美元,
 * last year 2000: +17.52 %), its rank (16th in August) and figures the model has nothing for.
 */
class SpeechCheckReportTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private Reports.Fixture fixture;
    private FigureCitation first;

    @BeforeEach
    void setUp() {
        ModelBuilder b = new ModelBuilder("test");
        Organisation city = b.organisation("city", "全市", OrganisationKind.CITY);
        Organisation east = b.child(city, "east", "东县", OrganisationKind.COUNTY);
        b.plan("plan", "2004年计划", "2004", "2004-08-31").setOrganisation(city);
        Indicator fdi = b.indicator("FDI", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        fdi.getAliases().add("实际到位外资");
        Organisation other = b.organisation("other", "西市", OrganisationKind.CITY);
        PeerGroup province = b.peerGroup("province", "全省21个统计单位", 21, city, other);
        fdi.setPeerGroup(province);
        b.target(fdi, city, "2004", "2800", "3200");
        Decomposition split = b.decomposition(fdi, city, "2004");
        b.share(split, east, "320", null);
        b.actual(fdi, city, "2004-08", Basis.CUMULATIVE, "2350.4").setPreviousYear(new BigDecimal("2000"));
        b.actual(fdi, other, "2004-08", Basis.CUMULATIVE, "1200").setPreviousYear(new BigDecimal("1000"));
        b.rank(fdi, city, province, "2004-08", 16);
        Meeting meeting = F.createMeeting();
        meeting.setName("conference");
        b.file().getElements().add(meeting);
        Speech speech = speech(meeting, "mayor", "在全市利用外资工作会议上的讲话", "今年20xx年目标任务要全面完成");
        first = figure(speech, 1, "实际利用外资确保2800万美元", "实际利用外资", "2800", Unit.TEN_THOUSAND_USD, Qualifier.GUARANTEE,
                FigureRole.TARGET);
        figure(speech, 1, "力争3000万美元", "实际利用外资", "3000", Unit.TEN_THOUSAND_USD, Qualifier.STRIVE, FigureRole.TARGET);
        figure(speech, 2, "确保0.28亿美元", "实际到位外资", "0.28", Unit.HUNDRED_MILLION_USD, Qualifier.GUARANTEE,
                FigureRole.TARGET);
        figure(speech, 3, "东县确保320万美元", "实际利用外资", "320", Unit.TEN_THOUSAND_USD, Qualifier.GUARANTEE, FigureRole.TARGET)
                .setOrganisationName("东县");
        figure(speech, 4, "实际利用外资2350万美元", "实际利用外资", "2350", Unit.TEN_THOUSAND_USD, Qualifier.EXACT,
                FigureRole.ACTUAL).setPeriod(Period.year(2004));
        figure(speech, 4, "增长18.5%", "实际利用外资", "18.5", Unit.PERCENT, Qualifier.EXACT, FigureRole.GROWTH);
        figure(speech, 5, "高于全省平均17.5个百分点", "实际利用外资", "17.5", Unit.PERCENTAGE_POINT, Qualifier.EXACT,
                FigureRole.GROWTH);
        figure(speech, 5, "低于全省平均0.8个百分点", "实际利用外资", "-0.8", Unit.PERCENTAGE_POINT, Qualifier.EXACT,
                FigureRole.GROWTH);
        figure(speech, 5, "排名第14位", "实际利用外资", "14", Unit.RANK_POSITION, Qualifier.EXACT, FigureRole.RANK);
        figure(speech, 6, "新批外商投资企业36家", "新批外商投资企业", "36", Unit.FIRM, Qualifier.EXACT, FigureRole.ACTUAL);
        figure(speech, 6, "东县确保320万美元", "东县", "320", Unit.TEN_THOUSAND_USD, Qualifier.GUARANTEE, FigureRole.TARGET);
        figure(speech, 7, "2003年实际利用外资2000万美元", "实际利用外资", "2000", Unit.TEN_THOUSAND_USD, Qualifier.EXACT,
                FigureRole.ACTUAL).setPeriod(Period.year(2003));
        figure(speech, 8, "占全省的2.1%", "实际利用外资", "2.1", Unit.PERCENT, Qualifier.EXACT, FigureRole.SHARE);
        figure(speech, 9, "确保省定万美元", "实际利用外资", null, Unit.TEN_THOUSAND_USD, Qualifier.GUARANTEE, FigureRole.TARGET);
        problem(speech, 9, 0, ImportCodes.MISSING_NUMBER, "number missing before 万美元");
        problem(speech, 10, 2, ImportCodes.PLACEHOLDER, "placeholder 20xx instead of a number");
        problem(speech, 11, 0, ImportCodes.SUM_MISMATCH, "the parts do not add up");
        Speech county = speech(meeting, "county", "县长讲话", "");
        figure(county, 1, "力争3200万美元", "实际利用外资", "3200", Unit.TEN_THOUSAND_USD, Qualifier.STRIVE, FigureRole.TARGET);
        fixture = new Reports.Fixture(b.file());
    }

    private static Speech speech(Meeting meeting, String name, String title, String text) {
        Speech speech = F.createSpeech();
        speech.setName(name);
        speech.setTitle(title);
        speech.setText(text);
        speech.setOriginalText(text);
        meeting.getSpeeches().add(speech);
        return speech;
    }


    private static void problem(Speech speech, int line, int offset, String code, String message) {
        ImportProblem problem = F.createImportProblem();
        problem.setLine(line);
        problem.setOffset(offset);
        problem.setCode(code);
        problem.setSeverity(IssueSeverity.WARNING);
        problem.setMessage(message);
        speech.getProblems().add(problem);
    }

    @Test
    void everyFigureMatchesMismatchesHasNoCounterpartOrWasBlanked() throws Exception {
        Table figures = Reports.table(Reports.run("speech-check", fixture.input()), "figures");
        assertThat(rows(figures, "speech", "line", "quote", "figure", "model", "comparedWith", "result", "note"))
                .containsExactly(
                        "在全市利用外资工作会议上的讲话 | 1 | 实际利用外资确保2800万美元 | 2800万美元 | 2800万美元 | guarantee target, 2004 | match | ",
                        // 力争 is 3200, not 3000
                        "在全市利用外资工作会议上的讲话 | 1 | 力争3000万美元 | 3000万美元 | 3200万美元 | strive target, 2004 | mismatch | ",
                        // an alias of the indicator, and 2800万 = 0.28亿
                        "在全市利用外资工作会议上的讲话 | 2 | 确保0.28亿美元 | 0.28亿美元 | 0.28亿美元 | guarantee target, 2004 | match | ",
                        // 东县's share in the decomposition
                        "在全市利用外资工作会议上的讲话 | 3 | 东县确保320万美元 | 320万美元 | 320万美元 | guarantee target, 2004 | match | ",
                        // no December yet: August's 2350.4, which rounded to the figure's 0 decimals is 2350
                        "在全市利用外资工作会议上的讲话 | 4 | 实际利用外资2350万美元 | 2350万美元 | 2350.4万美元 | actual to 8/2004 | match "
                                + "| data only up to 8/2004",
                        // (2350.4 − 2000) / 2000 = 17.52 % → 17.5 at one decimal, not 18.5
                        "在全市利用外资工作会议上的讲话 | 4 | 增长18.5% | 18.5% | 17.52% | growth to 8/2004 | mismatch "
                                + "| data only up to 8/2004",
                        // a growth in 个百分点 is a difference from the group's growth: 全市 17.52 %, the group's total
                        // (2350.4 + 1200) / (2000 + 1000) − 1 = 18.35 %, so 17.52 − 18.35 = −0.83 points, not +17.5
                        "在全市利用外资工作会议上的讲话 | 5 | 高于全省平均17.5个百分点 | 17.5个百分点 | -0.83个百分点 "
                                + "| growth minus the group's to 8/2004 | mismatch | data only up to 8/2004",
                        // −0.83 at one decimal is −0.8
                        "在全市利用外资工作会议上的讲话 | 5 | 低于全省平均0.8个百分点 | -0.8个百分点 | -0.83个百分点 "
                                + "| growth minus the group's to 8/2004 | match | data only up to 8/2004",
                        "在全市利用外资工作会议上的讲话 | 5 | 排名第14位 | 14位 | 16位 | rank for 8/2004 | mismatch | data only up to 8/2004",
                        "在全市利用外资工作会议上的讲话 | 6 | 新批外商投资企业36家 | 36家 "
                                + "| -(no indicator \"新批外商投资企业\" in the model (name, title or alias)) |  | no-counterpart "
                                + "| no indicator \"新批外商投资企业\" in the model (name, title or alias)",
                        "在全市利用外资工作会议上的讲话 | 6 | 东县确保320万美元 | 320万美元 | -(\"东县\" is an organisation, not an indicator) "
                                + "|  | no-counterpart | \"东县\" is an organisation, not an indicator",
                        // the model holds 2004 only: 2003 is not compared with another year
                        "在全市利用外资工作会议上的讲话 | 7 | 2003年实际利用外资2000万美元 | 2000万美元 | -(the model has no data for 2003) "
                                + "|  | no-counterpart | the model has no data for 2003",
                        "在全市利用外资工作会议上的讲话 | 8 | 占全省的2.1% | 2.1% | -(shares of a whole are not checked) "
                                + "|  | no-counterpart | shares of a whole are not checked",
                        // the blanked figure takes the importer's message of its line
                        "在全市利用外资工作会议上的讲话 | 9 | 确保省定万美元 | -(Number blanked) | -(Number blanked) |  | blanked "
                                + "| number missing before 万美元",
                        // a placeholder without a figure: a line of its own, quoted from the original text
                        "在全市利用外资工作会议上的讲话 | 10 | 今年20xx年目标任 | -(Number blanked) | -(Number blanked) |  | blanked "
                                + "| placeholder 20xx instead of a number",
                        "县长讲话 | 1 | 力争3200万美元 | 3200万美元 | 3200万美元 | strive target, 2004 | match | ");
        assertThat(Reports.element(figures, 0)).isEqualTo(EcoreUtil.getURI(first));
        assertThat(figures.notes()).containsExactly("A figure matches when the model value, in the figure unit and "
                + "rounded to as many decimals as the figure has, equals it: 2350 matches 2350.4.");
    }

    @Test
    void aSummaryPerSpeech() throws Exception {
        Table summary = Reports.table(Reports.run("speech-check", fixture.input()), "summary");
        // 14 figures and a placeholder: 5 matches (the difference from the group's growth among them), 4 mismatches,
        // 4 without counterpart, 2 blanked
        assertThat(rows(summary)).containsExactly("在全市利用外资工作会议上的讲话 | 15 | 5 | 4 | 4 | 2", "县长讲话 | 1 | 1 | 0 | 0 | 0");
    }

    @Test
    void theSpeechOptionPicksOneSpeechByNameOrTitle() throws Exception {
        ReportData byTitle = Reports.run("speech-check", fixture.input(),
                Reports.choices(null, List.of(), Map.of("speech", "县长讲话")));
        assertThat(rows(Reports.table(byTitle, "summary"), "speech")).containsExactly("县长讲话");
        assertThat(byTitle.parameters()).extracting(p -> p.label() + "=" + p.value()).containsExactly("Speech=县长讲话");
        ReportData byName = Reports.run("speech-check", fixture.input(),
                Reports.choices(null, List.of(), Map.of("speech", "mayor")));
        assertThat(rows(Reports.table(byName, "summary"), "speech")).containsExactly("在全市利用外资工作会议上的讲话");
        ReportOutcome unknown = Reports.outcome("speech-check", fixture.input(),
                new ParameterChoices(null, null, null, List.of(), null, Map.of("speech", "不存在")));
        assertThat(unknown).isInstanceOfSatisfying(ReportOutcome.Failed.class, failed -> {
            assertThat(failed.pluginFault()).isFalse();
            assertThat(failed.message()).isEqualTo("There is no speech named \"不存在\" (name or title).");
        });
    }
}
