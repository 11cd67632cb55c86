/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.decompositions;

import static podium.model.ModelPackage.Literals.SHARE__ORGANISATION;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.inspections.builtin.internal.Facts;
import podium.inspections.builtin.internal.Quantities;
import podium.model.Decomposition;
import podium.model.Indicator;
import podium.model.Level;
import podium.model.Organisation;
import podium.model.Plan;
import podium.model.Share;
import podium.model.Target;
import podium.model.Unit;
import podium.model.time.Period;
import podium.model.units.Units;

/**
 * PDM-D006: a unit with a share in a split and a target of its own for the same indicator and period, at
 * another level. The reports use the unit's target, so the split no longer says what the units must do
 * (a county written 确保 150 where the split gives it 140 makes the units' targets add up to 10 more than
 * the city's), and nothing else tells the planner.
 */
@Definition(code = IssueCodes.SPLIT_SHARE_UNLIKE_TARGET, severity = Severity.WARNING, category = Category.DECOMPOSITIONS,
        elements = Share.class, messages = Texts.FILE)
public final class ShareUnlikeOwnTarget implements Inspection<Share> {

    private static final List<Side> SIDES = List.of(new Side("确保", Share::getGuarantee, Target::getGuarantee), //$NON-NLS-1$
            new Side("力争", Share::getStrive, Target::getStrive)); //$NON-NLS-1$

    private record Side(String word, Function<Share, Level> share, Function<Target, Level> target) {
    }

    @Override
    public void check(Share share, InspectionContext context) {
        Organisation org = share.getOrganisation();
        if (!(share.eContainer() instanceof Decomposition split) || org == null || org.eIsProxy()) {
            return;
        }
        Indicator indicator = Quantities.known(split.getIndicator());
        Period period = split.getPeriod() != null ? split.getPeriod() : planPeriod(context);
        if (indicator == null || period == null) {
            return;
        }
        List<Target> own = Facts.of(context).targets(new Facts.TargetKey(indicator, org, period));
        if (own.isEmpty() || own.get(0).isGrowth()) {
            return; // a growth target's levels are rates, not amounts to compare with a share
        }
        Target target = own.get(0);
        for (Side side : SIDES) {
            Level shared = side.share().apply(share);
            Level targeted = side.target().apply(target);
            if (!Quantities.hasValue(shared) || !Quantities.hasValue(targeted)) {
                continue;
            }
            Unit unit = Quantities.unit(shared, indicator);
            Unit targetUnit = Quantities.unit(targeted, indicator);
            if (!Units.compatible(unit, targetUnit)) {
                continue;
            }
            BigDecimal targetValue = Quantities.inUnit(targeted.getValue(), targetUnit, unit, indicator);
            if (targetValue.compareTo(shared.getValue()) != 0) {
                context.report(share, SHARE__ORGANISATION, org.getName(), indicator.getName(), period.toString(),
                        side.word(), Quantities.plain(targetValue), Quantities.plain(shared.getValue()), unit.getLiteral());
                return;
            }
        }
    }

    private static Period planPeriod(InspectionContext context) {
        Plan plan = Facts.of(context).plan();
        return plan == null ? null : plan.getPeriod();
    }
}
