/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

import podium.importer.internal.Messages;

/**
 * A target a speech sets for one indicator, from its 确保 (guarantee) and 力争 (strive) figures, for the
 * user to accept or reject. Each level keeps its bound and its unit as the speech states them
 * (确保8000万美元以上，力争突破1亿美元: at least 8000 万美元, at least 1 亿美元).
 *
 * @param organisation    the unit the target is stated for (其中宛城区确保320万美元), null for the plan's own
 * @param guarantee       the guaranteed level, or null when the speech only strives
 * @param guaranteeBound  how the guarantee is bounded (以上 at least, 左右 about, ...), EXACT when it has no bound
 * @param strive          the level striven for, or null when the speech only guarantees
 * @param striveBound     how the strive level is bounded
 * @param unit            the unit the guarantee is written in (the strive level's when there is no guarantee)
 * @param striveUnit      the unit the strive level is written in
 * @param growth          whether the levels are growth rates rather than amounts
 * @param sources         the figures the proposal was read from
 */
public record TargetProposal(String indicator, String organisation, BigDecimal guarantee, Bound guaranteeBound,
        BigDecimal strive, Bound striveBound, String unit, String striveUnit, boolean growth, String period,
        List<ImportedFigure> sources) {

    public TargetProposal {
        sources = List.copyOf(sources);
        guaranteeBound = Objects.requireNonNullElse(guaranteeBound, Bound.EXACT);
        striveBound = Objects.requireNonNullElse(striveBound, Bound.EXACT);
        striveUnit = strive == null ? null : striveUnit == null ? unit : striveUnit;
    }

    /** A proposal for the plan's own organisation, both levels exact and in one unit. */
    public TargetProposal(String indicator, BigDecimal guarantee, BigDecimal strive, String unit, boolean growth,
            String period, List<ImportedFigure> sources) {
        this(indicator, null, guarantee, Bound.EXACT, strive, Bound.EXACT, unit, unit, growth, period, sources);
    }

    /** The input line of the first figure. */
    public int line() {
        return sources.get(0).line();
    }

    /** One line for people: {@code 实际利用外资: 确保 2800 万美元, 力争 3200 万美元}, {@code 外贸出口: 确保 8000 万美元 以上, …}. */
    public String describe() {
        String name = organisation == null ? indicator : NLS.bind(Messages.TargetProposal_forOrganisation, indicator,
                organisation);
        String described = NLS.bind(growth ? Messages.TargetProposal_growth : Messages.TargetProposal_amount, name,
                levels());
        return period == null ? described : NLS.bind(Messages.TargetProposal_withPeriod, described, period);
    }

    private String levels() {
        String g = guarantee == null ? null : level("确保", guarantee, unit, guaranteeBound);
        String s = strive == null ? null : level("力争", strive, striveUnit, striveBound);
        if (g != null && s != null) {
            return NLS.bind(Messages.TargetProposal_bothLevels, g, s);
        }
        return g != null ? g : s != null ? s : "";
    }

    private static String level(String keyword, BigDecimal value, String unit, Bound bound) {
        String word = switch (bound) {
            case AT_LEAST -> " 以上";
            case AT_MOST -> " 以内";
            case ABOUT -> " 左右";
            case EXACT -> "";
        };
        return keyword + ' ' + value.toPlainString() + (unit == null ? "" : " " + unit) + word;
    }
}
