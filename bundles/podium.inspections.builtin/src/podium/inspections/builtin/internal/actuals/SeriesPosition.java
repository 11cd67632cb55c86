/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.actuals;

import java.util.List;

import podium.inspections.InspectionContext;
import podium.inspections.builtin.internal.Facts;
import podium.model.Actual;
import podium.model.time.Month;

/**
 * Where an actual stands in its series (indicator, organisation, basis) across the workspace: the
 * actuals of its month and the one before it in the same year. The series is in month order, so both
 * are found by bisection: a long series (or a block of lines pasted twice) costs no quadratic time.
 */
record SeriesPosition(List<Actual> sameMonth, Actual previous) {

    /** The position of a complete actual (indicator, organisation, month and value given), else null. */
    static SeriesPosition of(Actual actual, InspectionContext context) {
        if (actual.getIndicator() == null || actual.getOrganisation() == null || actual.getMonth() == null
                || actual.getValue() == null) {
            return null;
        }
        List<Actual> series = Facts.of(context).series(Facts.seriesOf(actual));
        int from = firstFrom(series, actual.getMonth(), false);
        int to = firstFrom(series, actual.getMonth(), true);
        Actual before = from > 0 ? series.get(from - 1) : null;
        boolean sameYear = before != null && before.getMonth() != null
                && before.getMonth().year() == actual.getMonth().year();
        return new SeriesPosition(series.subList(from, to), sameYear ? before : null);
    }

    /** The index of the first actual whose month is at least (or, with {@code after}, after) {@code month}. */
    private static int firstFrom(List<Actual> series, Month month, boolean after) {
        int low = 0;
        int high = series.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            Month other = series.get(middle).getMonth();
            int order = other == null ? -1 : other.compareTo(month);
            if (order < 0 || after && order == 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
