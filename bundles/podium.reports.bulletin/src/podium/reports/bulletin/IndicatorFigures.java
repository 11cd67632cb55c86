/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin;

import java.util.List;
import java.util.Objects;

import podium.model.Unit;

/**
 * One indicator of the bulletin: the jurisdiction's total and its units' figures, with the lists the
 * text names. Each list is in the order of the units' completion ranks (best first, ties in the
 * organisation tree's order); {@link #units()} is in the tree's order, as the appendix table lists them.
 *
 * @param code       the indicator's name in the model
 * @param title      e.g. 实际利用外资
 * @param unit       the unit every amount of this part is in (the indicator's)
 * @param flow       whether the indicator accumulates over the year (compared with the time schedule)
 * @param total      the jurisdiction (no ranks)
 * @param units      the units below it with a target for this indicator
 * @param ahead      units ahead of the time schedule (超序时进度)
 * @param onSchedule units exactly on it as displayed (与序时进度持平)
 * @param behind     units behind it (低于序时进度), the zero units included
 * @param zero       units whose figure is still 0 (尚未实现零的突破)
 * @param noReport   units without a figure for the month (未报送)
 * @param exceeded   units at 100 % or more (超额完成全年目标)
 * @param laggards   units in the last places by completion (see {@link Bulletin#laggardCount()}); a tie
 *                   across the boundary is not named
 * @param peerRank   the jurisdiction's published rank by total among its peers, or null
 * @param peerGrowthRank its published rank by growth, or null
 * @since 1.0
 */
public record IndicatorFigures(String code, String title, Unit unit, boolean flow, UnitFigures total,
        List<UnitFigures> units, List<UnitFigures> ahead, List<UnitFigures> onSchedule, List<UnitFigures> behind,
        List<UnitFigures> zero, List<UnitFigures> noReport, List<UnitFigures> exceeded, List<UnitFigures> laggards,
        PeerRank peerRank, PeerRank peerGrowthRank) {

    public IndicatorFigures {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(total, "total");
        units = List.copyOf(units);
        ahead = List.copyOf(ahead);
        onSchedule = List.copyOf(onSchedule);
        behind = List.copyOf(behind);
        zero = List.copyOf(zero);
        noReport = List.copyOf(noReport);
        exceeded = List.copyOf(exceeded);
        laggards = List.copyOf(laggards);
    }
}
