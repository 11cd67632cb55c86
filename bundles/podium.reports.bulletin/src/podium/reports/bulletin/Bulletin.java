/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import podium.model.time.Day;

/**
 * The figures of one month as the bulletin template sees them (variable {@code bulletin}). Numbers are
 * exact; the template writes them with the formatting functions (percent, amount, …), never itself.
 *
 * @param year         the data month's year, e.g. 2004
 * @param month        the data month, e.g. 5
 * @param span         the months covered, as bulletins write them: {@code 1-5月} ({@code 1月} in January)
 * @param scope        the jurisdiction as the text names it: {@code 全市}, {@code 全县}, {@code 全区}
 * @param level        the jurisdiction's level in one character: {@code 市} (for 市直有关单位)
 * @param organisation the jurisdiction's title, e.g. 南阳市
 * @param unitsWord    what its units are called: {@code 县市区}, {@code 部门} or {@code 单位}
 * @param subject      the indicators' titles joined: {@code 实际利用外资和外贸出口}
 * @param elapsed      the time schedule (序时进度) in percent, exact: 41.666… for 1-5月
 * @param date         the date of issue (成文日期)
 * @param laggardCount how many of the last places by completion are named
 * @param indicators   one part per indicator, in the model's order
 * @since 1.0
 */
public record Bulletin(int year, int month, String span, String scope, String level, String organisation,
        String unitsWord, String subject, BigDecimal elapsed, Day date, int laggardCount,
        List<IndicatorFigures> indicators) {

    public Bulletin {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(date, "date");
        indicators = List.copyOf(indicators);
    }
}
