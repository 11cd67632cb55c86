/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.internal;

import org.eclipse.osgi.util.NLS;

import podium.model.time.Day;
import podium.model.time.Month;
import podium.model.time.Period;
import podium.reports.api.format.Formats;

/** Periods, months and days as the reader's language writes them: 2004年上半年, 2004年8月, 2004年8月31日. */
final class Periods {

    private Periods() {
    }

    static String label(Period period) {
        return switch (period.kind()) {
            case YEAR -> NLS.bind(Messages.Period_year, period.year());
            case HALF -> NLS.bind(period.index() == 1 ? Messages.Period_firstHalf : Messages.Period_secondHalf,
                    period.year());
            case QUARTER -> NLS.bind(Messages.Period_quarter, period.year(), period.index());
            case MONTH -> NLS.bind(Messages.Period_month, period.year(), period.index());
        };
    }

    static String label(Month month) {
        return NLS.bind(Messages.Period_month, month.year(), month.month());
    }

    /** A day as official documents write it, through the one formatting place. */
    static String label(Day day) {
        return Formats.current().date(day);
    }
}
