/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.hover;

import java.util.StringJoiner;

import org.eclipse.emf.ecore.EObject;

import com.google.inject.Inject;

import podium.lang.naming.EnumKeywords;

import podium.lang.validation.IssueCodes;
import podium.model.Direction;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.PeerGroup;
import podium.model.Plan;
import podium.model.PlanElement;
import podium.model.units.Units;

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
            return heading(group) + "\n" + group.getSize() + " units" + (group.getMembers().isEmpty() ? ""
                    : ", " + group.getMembers().size() + " listed");
        } else if (element instanceof Plan plan) {
            return heading(plan) + "\nperiod " + plan.getPeriod() + (plan.getAsOf() == null ? "" : ", as of " + plan.getAsOf());
        } else if (element instanceof PlanElement named && named.getName() != null) {
            return heading(named);
        }
        return null;
    }

    private String indicator(Indicator indicator) {
        StringJoiner facts = new StringJoiner(", ");
        facts.add("unit " + Units.label(indicator.getUnit()));
        facts.add(kind(indicator.getKind()) + " (" + keywords.of(indicator.getAggregation()) + ")");
        facts.add(indicator.getDirection() == Direction.LOWER_BETTER ? "lower is better" : "higher is better");
        if (indicator.getPeerGroup() != null && !indicator.getPeerGroup().eIsProxy()) {
            facts.add("ranked in " + indicator.getPeerGroup().getName());
        }
        String english = indicator.getTitleEn() == null ? "" : " (" + indicator.getTitleEn() + ")";
        return heading(indicator) + english + "\n" + facts;
    }

    private static String kind(IndicatorKind kind) {
        return switch (kind) {
            case FLOW -> "cumulative flow";
            case STOCK -> "stock";
            case RATIO -> "ratio";
        };
    }

    private String organisation(Organisation org) {
        String kind = keywords.of(org.getKind());
        String parent = org.eContainer() instanceof Organisation p ? ", part of " + p.getName() : "";
        String children = org.getChildren().isEmpty() ? "" : ", " + org.getChildren().size() + " units below";
        return heading(org) + "\n" + kind + parent + children;
    }

    private static String heading(PlanElement element) {
        String title = titleOf(element);
        String quoted = title == null || title.equals(element.getName()) ? "" : " \u201c" + title + "\u201d";
        return IssueCodes.kindName(element.eClass()) + " " + element.getName() + quoted;
    }

    private static String titleOf(PlanElement element) {
        var title = element.eClass().getEStructuralFeature("title");
        return title == null ? null : (String) element.eGet(title);
    }
}
