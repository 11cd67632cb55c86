/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.conversion;

import java.math.BigDecimal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.time.Day;
import podium.model.time.Month;
import podium.model.time.Period;

/** Converts the language's numbers, dates, months and periods, rejecting impossible values with a message. */
public class PodiumValueConverters extends DefaultTerminalConverters {

    @ValueConverter(rule = "Decimal")
    public IValueConverter<BigDecimal> decimal() {
        return new TextConverter<>(value("number"), BigDecimal::new) {
            @Override
            public String toString(BigDecimal value) {
                return value.toPlainString();
            }
        };
    }

    @ValueConverter(rule = "Int")
    public IValueConverter<Integer> integer() {
        return new TextConverter<>(value("wholeNumber"), Integer::valueOf);
    }

    @ValueConverter(rule = "PeriodValue")
    public IValueConverter<Period> period() {
        return new TextConverter<>(value("period"), Period::valueOf);
    }

    @ValueConverter(rule = "MonthValue")
    public IValueConverter<Month> month() {
        return new TextConverter<>(value("month"), Month::valueOf);
    }

    @ValueConverter(rule = "DayValue")
    public IValueConverter<Day> day() {
        return new TextConverter<>(value("date"), Day::valueOf);
    }

    /** Parses a value from its text, reporting an impossible value at its node. */
    static class TextConverter<T> implements IValueConverter<T> {
        private final String what;
        private final java.util.function.Function<String, T> parser;

        TextConverter(String what, java.util.function.Function<String, T> parser) {
            this.what = what;
            this.parser = parser;
        }

        @Override
        public T toValue(String string, INode node) {
            if (string == null || string.isBlank()) {
                throw new ValueConverterException(NLS.bind(value("missing"), what), node, null);
            }
            String text = withoutWhitespace(string);
            try {
                return parser.apply(text);
            } catch (RuntimeException e) {
                // No cause: Xtext would show the cause's message, the JDK's or the value type's, in English.
                throw new ValueConverterException(NLS.bind(value("invalid"), what, text), node, null);
            }
        }

        /** Values are rarely split by blanks (a comment between sign and number); the parser is hot, so no regex. */
        private static String withoutWhitespace(String string) {
            for (int i = 0; i < string.length(); i++) {
                if (Character.isWhitespace(string.charAt(i))) {
                    StringBuilder b = new StringBuilder(string.length());
                    string.chars().filter(c -> !Character.isWhitespace(c)).forEach(c -> b.append((char) c));
                    return b.toString();
                }
            }
            return string;
        }

        @Override
        public String toString(T value) {
            if (value == null) {
                throw new ValueConverterException(what + " is null", null, null);
            }
            return value.toString();
        }
    }

    /** A word or pattern of the messages about impossible values (PDM-X002.message.VARIANT). */
    private static String value(String variant) {
        return Texts.message(IssueCodes.BAD_VALUE, variant);
    }
}
