/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import com.google.inject.Inject;

import podium.lang.ide.internal.Messages;
import podium.lang.naming.EnumKeywords;
import podium.inspections.builtin.Texts;
import podium.model.Direction;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.PeerGroup;
import podium.model.Plan;
import podium.model.PlanElement;
import podium.model.units.Units;
import podium.core.text.Counts;

/** One or two lines that say what a declared element is, for hovers over its name. */
public class ElementDescriptions {
    @Inject
    private EnumKeywords keywords;

    /** The description of an element, or null when there is nothing to say about it. */
    public String describe(EObject element) {
        if (element instanceof Indicator indicator) {
            return indicator(indicator);
        } else if (element instanceof Organisation org) {
            return organisation(org);
        } else if (element instanceof PeerGroup group) {
            return heading(group) + "\n" + size(group);
        } else if (element instanceof Plan plan) {
            return heading(plan) + "\n" + period(plan);
        } else if (element instanceof PlanElement named && named.getName() != null) {
            return heading(named);
        }
        return null;
    }

    private String indicator(Indicator indicator) {
        String unit = Units.label(indicator.getUnit());
        String kind = kind(indicator.getKind());
        String aggregation = keywords.of(indicator.getAggregation());
        String direction = indicator.getDirection() == Direction.LOWER_BETTER
                ? Messages.ElementDescriptions_lowerBetter : Messages.ElementDescriptions_higherBetter;
        PeerGroup peers = indicator.getPeerGroup();
        String facts = peers == null || peers.eIsProxy()
                ? NLS.bind(Messages.ElementDescriptions_indicatorFacts, new Object[] {unit, kind, aggregation, direction})
                : NLS.bind(Messages.ElementDescriptions_indicatorFactsRanked,
                        new Object[] {unit, kind, aggregation, direction, peers.getName()});
        String english = indicator.getTitleEn() == null ? "" : " (" + indicator.getTitleEn() + ")";
        return heading(indicator) + english + "\n" + facts;
    }

    private static String size(PeerGroup group) {
        return group.getMembers().isEmpty() ? Counts.format(Messages.ElementDescriptions_groupSize, group.getSize())
                : Counts.format(Messages.ElementDescriptions_groupListed, group.getSize(), group.getMembers().size());
    }

    private static String period(Plan plan) {
        return plan.getAsOf() == null ? NLS.bind(Messages.ElementDescriptions_period, plan.getPeriod())
                : NLS.bind(Messages.ElementDescriptions_periodAsOf, plan.getPeriod(), plan.getAsOf());
    }

    private static String kind(IndicatorKind kind) {
        return switch (kind) {
            case FLOW -> Messages.ElementDescriptions_flow;
            case STOCK -> Messages.ElementDescriptions_stock;
            case RATIO -> Messages.ElementDescriptions_ratio;
        };
    }

    private String organisation(Organisation org) {
        String facts = keywords.of(org.getKind());
        if (org.eContainer() instanceof Organisation parent) {
            facts = NLS.bind(Messages.ElementDescriptions_partOf, facts, parent.getName());
        }
        if (!org.getChildren().isEmpty()) {
            facts = Counts.format(Messages.ElementDescriptions_unitsBelow, facts, org.getChildren().size());
        }
        return heading(org) + "\n" + facts;
    }

    private static String heading(PlanElement element) {
        String title = titleOf(element);
        String quoted = title == null || title.equals(element.getName()) ? "" : " \u201c" + title + "\u201d";
        return Texts.kind(element.eClass()) + " " + element.getName() + quoted;
    }

    private static String titleOf(PlanElement element) {
        var title = element.eClass().getEStructuralFeature("title");
        return title == null ? null : (String) element.eGet(title);
    }
}
