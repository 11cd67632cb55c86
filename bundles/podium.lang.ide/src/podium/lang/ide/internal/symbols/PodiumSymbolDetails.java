/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;

import com.google.inject.Inject;

import podium.lang.ide.internal.Messages;
import podium.lang.naming.EnumKeywords;
import podium.model.Actual;
import podium.model.Indicator;
import podium.model.Level;
import podium.model.Organisation;
import podium.model.PeerGroup;
import podium.model.Plan;
import podium.model.Project;
import podium.model.Quantity;
import podium.model.RankObservation;
import podium.model.Share;
import podium.model.Target;
import podium.model.Unit;
import podium.model.Measure;

/** The short facts shown next to an outline name: levels, values, units, stages and statuses. */
public class PodiumSymbolDetails extends DocumentSymbolDetailsProvider {
    @Inject
    private EnumKeywords keywords;

    @Override
    public String getDetails(EObject object) {
        if (object instanceof Target target) {
            return target.isZero() ? "零" : levels(target.getGuarantee(), target.getStrive());
        } else if (object instanceof Share share) {
            return levels(share.getGuarantee(), share.getStrive());
        } else if (object instanceof Actual actual) {
            return SymbolTexts.join(keywords.of(actual.getBasis()), quantity(actual.getValue(), actual.getUnit()));
        } else if (object instanceof RankObservation rank) {
            return "#" + rank.getRank();
        } else if (object instanceof Indicator indicator) {
            return indicator.getUnit().getLiteral();
        } else if (object instanceof Organisation org) {
            return org.getTitle();
        } else if (object instanceof PeerGroup group) {
            return NLS.bind(Messages.PodiumSymbolDetails_size, group.getSize());
        } else if (object instanceof Plan plan) {
            return SymbolTexts.text(plan.getPeriod());
        } else if (object instanceof Project project) {
            return keywords.of(project.getStage());
        } else if (object instanceof Measure measure) {
            return SymbolTexts.join(keywords.of(measure.getStatus()), measure.getDue() == null ? null
                    : NLS.bind(Messages.PodiumSymbolDetails_due, measure.getDue()));
        }
        return null;
    }

    private static String levels(Level guarantee, Level strive) {
        return SymbolTexts.join(level("确保", guarantee), level("力争", strive));
    }

    private static String level(String word, Quantity level) {
        return level == null || level.getValue() == null ? null : word + " " + quantity(level.getValue(), level.getUnit());
    }

    private static String quantity(java.math.BigDecimal value, Unit unit) {
        String number = value == null ? "?" : value.toPlainString();
        return unit == null || unit == Unit.NONE ? number : number + " " + unit.getLiteral();
    }
}
