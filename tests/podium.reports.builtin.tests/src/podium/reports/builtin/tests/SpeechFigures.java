/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.tests;

import java.math.BigDecimal;

import podium.model.FigureCitation;
import podium.model.FigureRole;
import podium.model.ModelFactory;
import podium.model.Qualifier;
import podium.model.Speech;
import podium.model.Unit;

/** Figures cited in a speech, made by hand as the importer would record them. */
final class SpeechFigures {

    private SpeechFigures() {
    }

    /** A figure of {@code speech} on {@code line}; {@code value} null for a blanked number. */
    static FigureCitation figure(Speech speech, int line, String quote, String indicator, String value, Unit unit,
            Qualifier qualifier, FigureRole role) {
        FigureCitation figure = ModelFactory.eINSTANCE.createFigureCitation();
        figure.setLine(line);
        figure.setQuote(quote);
        figure.setIndicatorName(indicator);
        figure.setValue(value == null ? null : new BigDecimal(value));
        figure.setUnit(unit);
        figure.setUnitText(unit.getLiteral());
        figure.setQualifier(qualifier);
        figure.setRole(role);
        speech.getFigures().add(figure);
        return figure;
    }
}
