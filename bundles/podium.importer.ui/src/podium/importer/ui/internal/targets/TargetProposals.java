/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import podium.importer.FigureRole;
import podium.importer.ImportedFigure;
import podium.importer.ImportedSpeech;
import podium.importer.Qualifier;

/**
 * Reads target proposals from a speech: every guarantee or strive figure stated as a target with a
 * value; a strive figure joins the guarantee just before it when both name the same indicator (or
 * the strive names none, as in 确保省定2800万美元，力争3200万美元) on the same line.
 */
public final class TargetProposals {

    private TargetProposals() {
    }

    public static List<TargetProposal> of(ImportedSpeech speech) {
        List<TargetProposal> proposals = new ArrayList<>();
        TargetProposal open = null;
        for (ImportedFigure figure : speech.figures()) {
            if (!isLevel(figure)) {
                continue;
            }
            if (figure.qualifier() == Qualifier.STRIVE && open != null && open.strive() == null && joins(open.guarantee(), figure)) {
                proposals.set(proposals.size() - 1, new TargetProposal(open.indicatorName(), open.guarantee(), figure));
                open = null;
            } else if (figure.qualifier() == Qualifier.GUARANTEE) {
                open = new TargetProposal(figure.indicator(), figure, null);
                proposals.add(open);
            } else {
                open = null;
                proposals.add(new TargetProposal(figure.indicator(), null, figure));
            }
        }
        return proposals;
    }

    private static boolean isLevel(ImportedFigure figure) {
        return figure.role() == FigureRole.TARGET && figure.value() != null
                && (figure.qualifier() == Qualifier.GUARANTEE || figure.qualifier() == Qualifier.STRIVE);
    }

    private static boolean joins(ImportedFigure guarantee, ImportedFigure strive) {
        return guarantee.line() == strive.line()
                && (strive.indicator() == null || Objects.equals(strive.indicator(), guarantee.indicator()));
    }
}
