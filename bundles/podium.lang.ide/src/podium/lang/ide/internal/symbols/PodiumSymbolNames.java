/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.symbols;

import static podium.model.ModelPackage.Literals.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

import podium.model.Actual;
import podium.model.Decomposition;
import podium.model.Measure;
import podium.model.Project;
import podium.model.RankObservation;
import podium.model.Share;
import podium.model.Speech;
import podium.model.Target;

/**
 * Outline names: a declared element's own name (not its qualified one), and for the unnamed
 * statements (targets, splits, actuals, ranks, titled projects and measures) the words that
 * identify them in the text.
 */
public class PodiumSymbolNames extends DocumentSymbolNameProvider {

    @Override
    public String getName(EObject object) {
        String written = SymbolTexts.nameOf(object);
        return written != null ? written : describe(object);
    }

    private static String describe(EObject object) {
        if (object instanceof Target target) {
            return SymbolTexts.join("target", SymbolTexts.name(target, TARGET__INDICATOR),
                    SymbolTexts.name(target, TARGET__ORGANISATION), SymbolTexts.text(target.getPeriod()));
        } else if (object instanceof Decomposition split) {
            return SymbolTexts.join("split", SymbolTexts.name(split, DECOMPOSITION__INDICATOR),
                    SymbolTexts.name(split, DECOMPOSITION__PARENT), SymbolTexts.text(split.getPeriod()));
        } else if (object instanceof Share share) {
            return SymbolTexts.name(share, SHARE__ORGANISATION);
        } else if (object instanceof Actual actual) {
            return SymbolTexts.join("actual", SymbolTexts.name(actual, ACTUAL__INDICATOR),
                    SymbolTexts.name(actual, ACTUAL__ORGANISATION), SymbolTexts.text(actual.getMonth()));
        } else if (object instanceof RankObservation rank) {
            return SymbolTexts.join("rank", SymbolTexts.name(rank, RANK_OBSERVATION__INDICATOR),
                    SymbolTexts.name(rank, RANK_OBSERVATION__ORGANISATION), SymbolTexts.text(rank.getMonth()));
        } else if (object instanceof Project project) {
            return project.getTitle();
        } else if (object instanceof Measure measure) {
            return measure.getTitle();
        } else if (object instanceof Speech speech) {
            return speech.getTitle();
        }
        return null;
    }
}
