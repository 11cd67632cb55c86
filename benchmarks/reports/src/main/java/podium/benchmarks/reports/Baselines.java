/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.benchmarks.reports;

import static podium.benchmarks.reports.ReportsModel.MISSING;

import java.time.LocalDate;
import java.util.Arrays;

import podium.model.IndicatorKind;
import podium.model.MeasureStatus;

/**
 * The arithmetic of each report in plain loops over the model's figures in primitive arrays (amounts in cents as
 * {@code long}, percentages as {@code double}): no objects, no maps, no text. Each method returns a checksum so
 * that nothing is optimised away. What the reports do besides (reading the EMF model, indexing, resolving targets
 * and units, BigDecimal arithmetic, building typed table cells, omissions, rendering a template) is what the
 * ratio measures.
 */
final class Baselines {

    static final int NO_DATA = 0;
    static final int ZERO = 1;
    static final int BEHIND = 2;
    static final int ON_SCHEDULE = 3;
    static final int AHEAD = 4;

    private final ReportsModel d;
    private final int calendarMonth;
    private final double elapsedFlow;

    Baselines(ReportsModel model) {
        this.d = model;
        this.calendarMonth = model.asOf.month();
        this.elapsedFlow = 100.0 * calendarMonth / 12;
    }

    // --- the shared arithmetic -----------------------------------------------------------------------------------

    /** An organisation's own figure to date: the cumulative of a flow (summed from January when monthly), else the month's. */
    static long toDate(ReportsModel d, int i, int o, int m) {
        int s = d.series(i, o);
        if (d.kind[i] != IndicatorKind.FLOW || d.cumulativeBasis[i]) {
            return d.value[s + m];
        }
        int january = m - (ReportsModel.FIRST.plusMonths(m).month() - 1);
        if (january < 0) {
            return MISSING;
        }
        long total = 0;
        for (int k = january; k <= m; k++) {
            long v = d.value[s + k];
            if (v == MISSING) {
                return MISSING;
            }
            total += v;
        }
        return total;
    }

    /** Last year's own figure to date: reported with the actual, else from the series a year earlier. */
    static long previous(ReportsModel d, int i, int o, int m) {
        if (d.kind[i] == IndicatorKind.FLOW && d.cumulativeBasis[i]) {
            long reported = d.previousYear[d.series(i, o) + m];
            if (reported != MISSING) {
                return reported;
            }
        }
        return m >= 12 ? toDate(d, i, o, m - 12) : MISSING;
    }

    /** The own figure, else the combination (sum; average for ratios) of the units' figures, each preferring its own. */
    static long toDateRolled(ReportsModel d, int i, int o, int m) {
        long own = toDate(d, i, o, m);
        if (own != MISSING || d.children[o].length == 0) {
            return own;
        }
        long total = 0;
        int count = 0;
        for (int c : d.children[o]) {
            long v = toDateRolled(d, i, c, m);
            if (v != MISSING) {
                total += v;
                count++;
            }
        }
        return count == 0 ? MISSING : d.kind[i] == IndicatorKind.RATIO ? total / count : total;
    }

    /** Last year's figure over the same units as {@link #toDateRolled}. */
    static long previousRolled(ReportsModel d, int i, int o, int m) {
        if (toDate(d, i, o, m) != MISSING || d.children[o].length == 0) {
            return previous(d, i, o, m);
        }
        long total = 0;
        int count = 0;
        for (int c : d.children[o]) {
            if (toDateRolled(d, i, c, m) == MISSING) {
                continue;
            }
            long v = previousRolled(d, i, c, m);
            if (v == MISSING) {
                return MISSING;
            }
            total += v;
            count++;
        }
        return count == 0 ? MISSING : d.kind[i] == IndicatorKind.RATIO ? total / count : total;
    }

    /** Year-on-year growth in %; NaN without a base. */
    static double growth(long current, long previous) {
        return current == MISSING || previous == MISSING || previous == 0 ? Double.NaN
                : (current - previous) * 100.0 / previous;
    }

    static double percent(long part, long whole) {
        return part == MISSING || whole == MISSING || whole == 0 ? Double.NaN : part * 100.0 / whole;
    }

    /** As displayed: two decimals, half up. */
    static double round2(double value) {
        return Double.isNaN(value) ? value : Math.floor(value * 100 + 0.5) / 100;
    }

    static int status(long actual, long level, double gap, boolean lowerBetter) {
        if (actual == MISSING || level == MISSING) {
            return NO_DATA;
        }
        if (actual == 0 && !lowerBetter && level > 0) {
            return ZERO;
        }
        if (gap == 0) {
            return ON_SCHEDULE;
        }
        return (gap > 0) != lowerBetter ? AHEAD : BEHIND;
    }

    private double elapsed(int i) {
        return d.kind[i] == IndicatorKind.FLOW ? elapsedFlow : 100;
    }

    /** Competition ranks (1, 2, 2, 4) of {@code values} (NaN: unranked, 0), best first. */
    static int[] rank(double[] values, int n, boolean lowerBetter, int[] order, int[] ranks) {
        int k = 0;
        for (int u = 0; u < n; u++) {
            if (!Double.isNaN(values[u])) {
                order[k++] = u;
            }
            ranks[u] = 0;
        }
        for (int a = 1; a < k; a++) { // insertion sort: a few dozen units
            int x = order[a];
            int b = a - 1;
            while (b >= 0 && (lowerBetter ? values[order[b]] > values[x] : values[order[b]] < values[x])) {
                order[b + 1] = order[b];
                b--;
            }
            order[b + 1] = x;
        }
        for (int a = 0; a < k; a++) {
            ranks[order[a]] = a > 0 && values[order[a]] == values[order[a - 1]] ? ranks[order[a - 1]] : a + 1;
        }
        return ranks;
    }

    // --- one method per report -----------------------------------------------------------------------------------

    /** 目标进度: per target or share, actual to date, completion against 确保 and 力争, elapsed, gap, growth, status. */
    double progress() {
        double checksum = 0;
        int m = d.asOfIndex;
        for (int i = 0; i < d.indicatorCount; i++) {
            double elapsed = elapsed(i);
            for (int o = 0; o < d.organisations; o++) {
                int e = d.entry(i, o);
                long actual = toDateRolled(d, i, o, m);
                long previous = actual == MISSING ? MISSING : previousRolled(d, i, o, m);
                double completionG = percent(actual, d.guarantee[e]);
                double completionS = percent(actual, d.strive[e]);
                double gap = round2(completionG) - round2(elapsed);
                double yoy = d.kind[i] == IndicatorKind.RATIO ? Double.NaN : growth(actual, previous);
                int status = status(actual, d.guarantee[e], gap, d.lowerBetter[i]);
                checksum += fold(completionG) + fold(completionS) + fold(gap) + fold(yoy) + status;
            }
        }
        return checksum;
    }

    /** The statuses {@link #progress} finds, counted by status (NO_DATA … AHEAD), to compare with the report's. */
    int[] progressStatuses() {
        int[] counts = new int[5];
        int m = d.asOfIndex;
        for (int i = 0; i < d.indicatorCount; i++) {
            for (int o = 0; o < d.organisations; o++) {
                long actual = toDateRolled(d, i, o, m);
                double gap = round2(percent(actual, d.guarantee[d.entry(i, o)])) - round2(elapsed(i));
                counts[status(actual, d.guarantee[d.entry(i, o)], gap, d.lowerBetter[i])]++;
            }
        }
        return counts;
    }

    /** 零进度: the targets whose actual to date is 0, and for those without a figure the latest earlier month with one. */
    double zeroProgress() {
        double checksum = 0;
        int m = d.asOfIndex;
        int january = m - (calendarMonth - 1);
        for (int i = 0; i < d.indicatorCount; i++) {
            for (int o = 0; o < d.organisations; o++) {
                int e = d.entry(i, o);
                long actual = toDateRolled(d, i, o, m);
                double gap = round2(percent(actual, d.guarantee[e])) - round2(elapsed(i));
                int status = status(actual, d.guarantee[e], gap, d.lowerBetter[i]);
                if (status == ZERO) {
                    checksum += 1 + elapsed(i);
                } else if (actual == MISSING) {
                    for (int k = m - 1; k >= january; k--) {
                        long v = toDateRolled(d, i, o, k);
                        if (v != MISSING) {
                            checksum += k + v;
                            break;
                        }
                    }
                }
            }
        }
        return checksum;
    }

    /**
     * 排名: the ranks of the month with the movement since the month before; each group member's growth against the
     * group's; per decomposition the units' amount, completion and growth, each ranked; the rank month by month.
     */
    double ranking() {
        double checksum = 0;
        int m = d.asOfIndex;
        int january = m - (calendarMonth - 1);
        int[] order = new int[d.organisations];
        int[] ranks = new int[d.organisations];
        double[] amounts = new double[d.organisations];
        double[] completions = new double[d.organisations];
        double[] growths = new double[d.organisations];
        for (int i = 0; i < d.indicatorCount; i++) {
            int[] members = d.provinceRanked[i] ? new int[] {0} : d.countyIndexes;
            // ranks and movements
            for (int o : members) {
                int s = d.series(i, o);
                for (int[] byMeasure : new int[][] {d.rankTotal, d.rankGrowth}) {
                    int now = byMeasure[s + m];
                    if (now > 0) {
                        int before = byMeasure[s + m - 1];
                        checksum += now + (before > 0 ? before - now : 0);
                    }
                }
            }
            // growth against the group's
            if (d.kind[i] != IndicatorKind.RATIO) {
                long sumNow = 0;
                long sumBefore = 0;
                for (int o : members) {
                    long now = toDateRolled(d, i, o, m);
                    long before = now == MISSING ? MISSING : previousRolled(d, i, o, m);
                    growths[o] = growth(now, before);
                    if (now != MISSING && before != MISSING) {
                        sumNow += now;
                        sumBefore += before;
                    }
                }
                double average = growth(sumNow, sumBefore);
                for (int o : members) {
                    checksum += fold(growths[o]) + fold(round2(growths[o]) - round2(average));
                }
            }
            // the rank month by month
            for (int o : members) {
                int s = d.series(i, o);
                for (int k = january; k <= m; k++) {
                    checksum += d.rankTotal[s + k] + d.rankGrowth[s + k];
                }
            }
        }
        // the units of each decomposition
        for (int[] decomposition : d.decompositions) {
            int i = decomposition[0];
            int n = decomposition.length - 2;
            for (int u = 0; u < n; u++) {
                int o = decomposition[u + 2];
                int e = d.entry(i, o);
                long now = toDateRolled(d, i, o, m);
                long before = now == MISSING ? MISSING : previousRolled(d, i, o, m);
                amounts[u] = now == MISSING ? Double.NaN : now / 100.0;
                completions[u] = round2(percent(now, d.guarantee[e]));
                growths[u] = d.kind[i] == IndicatorKind.RATIO ? Double.NaN : round2(growth(now, before));
            }
            for (double[] values : new double[][] {amounts, completions, growths}) {
                rank(values, n, d.lowerBetter[i], order, ranks);
                for (int u = 0; u < n; u++) {
                    checksum += ranks[u] + fold(values[u]);
                }
            }
        }
        return checksum;
    }

    /**
     * 项目推进: per stage the projects and amounts, conversion to the next stage, the 三率, the stalled projects, and
     * the same by organisation and by leader.
     */
    double pipeline(int stalledMonths) {
        long asOf = d.asOfDay.date().toEpochDay();
        long stalledAfter = asOf - LocalDate.ofEpochDay(asOf).minusMonths(stalledMonths).toEpochDay();
        int n = d.projectStage.length;
        // groups: 0 = all, 1 + organisation, 1 + organisations + 1 + leader (leader -1: none named)
        int groups = 1 + d.organisations + 16;
        int[][] count = new int[groups][5];
        long[][] contract = new long[groups][5];
        long[][] paidIn = new long[groups][5];
        int[] stalledIn = new int[groups];
        long[] stalled = new long[n];
        int stalledCount = 0;
        for (int p = 0; p < n; p++) {
            int stage = d.projectStage[p];
            long c = d.projectContract[p] == MISSING ? 0 : d.projectContract[p];
            long paid = d.projectPaidIn[p] == MISSING ? 0 : d.projectPaidIn[p];
            boolean isStalled = false;
            if (stage < 4) {
                long last = MISSING;
                for (long day : d.projectChangeDays[p]) {
                    if (day != MISSING && day <= asOf && day > last) {
                        last = day;
                    }
                }
                if (last != MISSING && asOf - last >= stalledAfter) {
                    stalled[stalledCount++] = asOf - last;
                    isStalled = true;
                }
            }
            for (int g : new int[] {0, 1 + d.projectOrg[p], 1 + d.organisations + 1 + d.projectLeader[p]}) {
                count[g][stage]++;
                contract[g][stage] += c;
                paidIn[g][stage] += paid;
                stalledIn[g] += isStalled ? 1 : 0;
            }
        }
        Arrays.sort(stalled, 0, stalledCount);
        double checksum = stalledCount > 0 ? stalled[stalledCount - 1] : 0;
        for (int g = 0; g < groups; g++) {
            int atLeast = 0;
            long signedContract = 0;
            long realised = 0;
            long signedPaidIn = 0;
            int signed = 0;
            int advancing = 0;
            for (int s = 4; s >= 0; s--) {
                int before = atLeast;
                atLeast += count[g][s];
                checksum += fold(percent(before, atLeast));
                if (s >= 1) {
                    signedContract += contract[g][s];
                    signedPaidIn += paidIn[g][s];
                    signed += count[g][s];
                }
                if (s >= 2) {
                    realised += contract[g][s];
                }
                if (s >= 3) {
                    advancing += count[g][s];
                }
            }
            checksum += stalledIn[g] + fold(percent(realised, signedContract)) + fold(percent(signedPaidIn, signedContract))
                    + fold(percent(advancing, signed));
        }
        return checksum;
    }

    /** 措施督办: overdue, due soon and done late as of the day, sorted by lead unit, and counted by unit and leader. */
    double measures(int withinDays) {
        long asOf = d.asOfDay.date().toEpochDay();
        int n = d.measureOwner.length;
        long[][] lists = {new long[n], new long[n], new long[n]};
        int[] sizes = new int[3];
        long[][] byOwner = new long[d.organisations][3];
        long[][] byLeader = new long[16][3];
        for (int k = 0; k < n; k++) {
            long due = d.measureDue[k];
            if (due == MISSING) {
                continue;
            }
            MeasureStatus status = d.measureStatus[k];
            long completed = d.measureCompleted[k];
            boolean open = status == MeasureStatus.OPEN || status == MeasureStatus.IN_PROGRESS
                    || (status == MeasureStatus.DONE && completed != MISSING && completed > asOf);
            int group = -1;
            long days = 0;
            if (open && due < asOf) {
                group = 0;
                days = asOf - due;
            } else if (open && due - asOf <= withinDays) {
                group = 1;
                days = due - asOf;
            } else if (!open && status == MeasureStatus.DONE && completed != MISSING && completed > due) {
                group = 2;
                days = completed - due;
            }
            if (group >= 0) {
                lists[group][sizes[group]++] = (long) d.measureOwner[k] << 32 | (group == 1 ? days : 100_000 - days);
                byOwner[d.measureOwner[k]][group]++;
                byLeader[d.measureLeader[k] + 1][group]++;
            }
        }
        double checksum = 0;
        for (int g = 0; g < 3; g++) {
            Arrays.sort(lists[g], 0, sizes[g]);
            checksum += sizes[g] + (sizes[g] > 0 ? lists[g][0] & 0xFFFF : 0);
        }
        for (long[] counts : byOwner) {
            checksum += counts[0] * 3 + counts[1] * 2 + counts[2];
        }
        for (long[] counts : byLeader) {
            checksum += counts[0] * 3 + counts[1] * 2 + counts[2];
        }
        return checksum;
    }

    /** 讲话数字核对: each cited figure against the model's value rounded to the figure's decimals. */
    double speechCheck() {
        int m = d.asOfIndex;
        int[] counts = new int[4];
        for (int f = 0; f < d.figureKind.length; f++) {
            int i = d.figureIndicator[f];
            int o = d.figureOrg[f];
            int e = d.entry(i, o);
            double model;
            switch (d.figureKind[f]) {
                case ReportsModel.FIG_GUARANTEE -> model = d.guarantee[e] / 100.0 / d.figureFactor[f];
                case ReportsModel.FIG_STRIVE -> model = d.strive[e] == MISSING ? Double.NaN : d.strive[e] / 100.0 / d.figureFactor[f];
                case ReportsModel.FIG_ACTUAL -> {
                    long v = toDateRolled(d, i, o, m);
                    model = v == MISSING ? Double.NaN : v / 100.0 / d.figureFactor[f];
                }
                case ReportsModel.FIG_GROWTH -> model = growth(toDateRolled(d, i, o, m), previousRolled(d, i, o, m));
                case ReportsModel.FIG_RANK -> {
                    int r = d.rankTotal[d.series(i, o) + m];
                    model = r == 0 ? Double.NaN : r;
                }
                case ReportsModel.FIG_BLANKED -> {
                    counts[3]++;
                    continue;
                }
                default -> {
                    counts[2]++;
                    continue;
                }
            }
            if (Double.isNaN(model)) {
                counts[2]++;
                continue;
            }
            double scale = Math.pow(10, d.figureDecimals[f]);
            long rounded = (long) Math.floor(model * scale + 0.5);
            long figure = d.figureValue[f] / (long) Math.pow(10, 2 - d.figureDecimals[f]);
            counts[rounded == figure ? 0 : 1]++;
        }
        return counts[0] * 1_000_000.0 + counts[1] * 10_000 + counts[2] * 100 + counts[3];
    }

    /**
     * 月度通报: the progress of the jurisdiction and each of its units per indicator, the units ranked by amount,
     * completion and growth, the lists by status and the last places by completion, the published ranks.
     */
    double bulletin(int laggards) {
        double checksum = 0;
        int m = d.asOfIndex;
        int[] units = d.cityUnits;
        int n = units.length;
        int[] order = new int[n];
        int[] ranks = new int[n];
        double[] amounts = new double[n];
        double[] completions = new double[n];
        double[] growths = new double[n];
        int[] statuses = new int[n];
        for (int i = 0; i < d.indicatorCount; i++) {
            double elapsed = elapsed(i);
            for (int u = -1; u < n; u++) {
                int o = u < 0 ? 0 : units[u];
                int e = d.entry(i, o);
                long level = d.guarantee[e];
                long actual = toDateRolled(d, i, o, m);
                long previous = actual == MISSING ? MISSING : previousRolled(d, i, o, m);
                double completion = percent(actual, level);
                double gap = round2(completion) - round2(elapsed);
                double growth = growth(actual, previous);
                int status = status(actual, level, gap, d.lowerBetter[i]);
                if (u < 0) {
                    checksum += fold(completion) + fold(gap) + fold(growth) + status;
                } else {
                    amounts[u] = actual == MISSING ? Double.NaN : actual / 100.0;
                    completions[u] = round2(completion);
                    growths[u] = round2(growth);
                    statuses[u] = status;
                }
            }
            rank(amounts, n, d.lowerBetter[i], order, ranks);
            for (int u = 0; u < n; u++) {
                checksum += ranks[u];
            }
            rank(growths, n, d.lowerBetter[i], order, ranks);
            for (int u = 0; u < n; u++) {
                checksum += ranks[u];
            }
            int[] byCompletion = rank(completions, n, d.lowerBetter[i], order, ranks);
            int ranked = 0;
            for (int u = 0; u < n; u++) {
                ranked += byCompletion[u] > 0 ? 1 : 0;
            }
            for (int u = 0; u < n; u++) {
                int r = byCompletion[u];
                checksum += r + statuses[u] * 10 + (r > ranked - laggards ? 100 : 0)
                        + (completions[u] >= 100 ? 1000 : 0);
            }
            int s = d.series(i, 0);
            checksum += d.rankTotal[s + m] - d.rankTotal[s + m - 1] + d.rankGrowth[s + m] - d.rankGrowth[s + m - 1];
        }
        return checksum;
    }

    private static double fold(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
