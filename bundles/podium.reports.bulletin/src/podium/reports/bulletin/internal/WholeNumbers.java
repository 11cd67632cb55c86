/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.internal;

import java.math.BigDecimal;
import java.util.Locale;

import freemarker.core.Environment;
import freemarker.core.TemplateNumberFormat;
import freemarker.core.TemplateNumberFormatFactory;
import freemarker.core.UnformattableValueException;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;

/**
 * The number format of bulletin templates ({@code ${x}}): whole numbers (counts, ranks, the year) are
 * written plainly, a number with decimals is an error that points to the formatting functions, so that
 * no percentage or amount reaches the text unformatted.
 */
public final class WholeNumbers extends TemplateNumberFormatFactory {

    /** The name the configuration registers the format under ({@code @whole}). */
    public static final String NAME = "whole"; //$NON-NLS-1$

    private static final TemplateNumberFormat FORMAT = new TemplateNumberFormat() {

        @Override
        public String formatToPlainText(TemplateNumberModel model) throws UnformattableValueException,
                TemplateModelException {
            Number number = model.getAsNumber();
            BigDecimal value = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
            if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
                throw new UnformattableValueException(Messages.Template_decimal);
            }
            return value.toBigInteger().toString();
        }

        @Override
        public boolean isLocaleBound() {
            return false;
        }

        @Override
        public String getDescription() {
            return NAME;
        }
    };

    @Override
    public TemplateNumberFormat get(String params, Locale locale, Environment env) {
        return FORMAT;
    }
}
