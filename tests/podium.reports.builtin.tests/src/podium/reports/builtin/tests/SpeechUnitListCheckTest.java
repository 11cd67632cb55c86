/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.reports.builtin.tests.Reports.rows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import podium.model.Basis;
import podium.model.FigureCitation;
import podium.model.FigureRole;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.ModelFactory;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.Qualifier;
import podium.model.Speech;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.time.Day;
import podium.reports.api.Table;

/**
 * A mid-year speech goes through the units one by one (分县区看，北城区外贸出口420万美元，南河县305万美元): the importer,
 * which does not know the model's units, records 北城区外贸出口 and 南河县 as the indicators. The check takes the unit
 * apart from the indicator, and the units after the first measure what the first does.
 */
class SpeechUnitListCheckTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    @Test
    void eachUnitOfAListIsCheckedAgainstItsOwnActual() throws Exception {
        ModelBuilder b = new ModelBuilder("test");
        Organisation city = b.organisation("city", "全市", OrganisationKind.CITY);
        Organisation north = b.child(city, "north", "北城区", OrganisationKind.DISTRICT);
        Organisation river = b.child(city, "river", "南河县", OrganisationKind.COUNTY);
        b.plan("plan", "2004年计划", "2004", "2004-08-31").setOrganisation(city);
        Indicator exports = b.indicator("exports", "外贸出口", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        // to June: 北城区 420, 南河县 310 (the speech says 305); July is after the speech of 12 July
        b.actual(exports, north, "2004-06", Basis.CUMULATIVE, "420").setPreviousYear(new BigDecimal("400"));
        b.actual(exports, river, "2004-06", Basis.CUMULATIVE, "310");
        b.actual(exports, north, "2004-07", Basis.CUMULATIVE, "500");
        b.actual(exports, river, "2004-07", Basis.CUMULATIVE, "305");
        String text = "分县区看，北城区外贸出口420万美元，同比增长5%，南河县305万美元。";
        Speech speech = F.createSpeech();
        speech.setName("midyear");
        speech.setTitle("在半年经济运行分析会上的讲话");
        speech.setText(text);
        speech.setOriginalText(text);
        speech.setDate(Day.of(2004, 7, 12));
        b.file().getElements().add(speech);
        figure(speech, text, "北城区外贸出口420万美元", "北城区外贸出口", "420", Unit.TEN_THOUSAND_USD, FigureRole.ACTUAL);
        figure(speech, text, "同比增长5%", "北城区外贸出口", "5", Unit.PERCENT, FigureRole.GROWTH);
        figure(speech, text, "南河县305万美元", "南河县", "305", Unit.TEN_THOUSAND_USD, FigureRole.ACTUAL);

        Table figures = Reports.table(Reports.run("speech-check", new Reports.Fixture(b.file()).input()), "figures");
        assertThat(rows(figures, "quote", "indicator", "organisation", "model", "result")).containsExactly(
                "北城区外贸出口420万美元 | 外贸出口 | 北城区 | 420万美元 | match",
                // (420 − 400) / 400 = 5 %
                "同比增长5% | 外贸出口 | 北城区 | 5% | match",
                // June's 310, not the city's figure nor July's 305, which the speaker could not have had
                "南河县305万美元 | 外贸出口 | 南河县 | 310万美元 | mismatch");
    }

    private static void figure(Speech speech, String text, String quote, String indicator, String value, Unit unit,
            FigureRole role) {
        FigureCitation figure = SpeechFigures.figure(speech, 1, quote, indicator, value, unit, Qualifier.EXACT, role);
        figure.setOffset(text.indexOf(quote));
        figure.setLength(quote.length());
    }
}
