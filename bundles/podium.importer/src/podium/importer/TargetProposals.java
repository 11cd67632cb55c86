/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the targets a speech sets: every guarantee or strive figure with a value, an indicator and a
 * level or growth role becomes part of a proposal; a guarantee and a strive for the same indicator, in
 * the same unit, close together, make one proposal (确保2800万美元，力争3200万美元).
 */
public final class TargetProposals {

    /** How many figures apart a guarantee and its strive may be and still make one proposal. */
    private static final int PAIRING_DISTANCE = 3;

    private TargetProposals() {
    }

    public static List<TargetProposal> of(ImportedSpeech speech) {
        List<ImportedFigure> figures = speech.figures();
        List<TargetProposal> proposals = new ArrayList<>();
        boolean[] used = new boolean[figures.size()];
        for (int i = 0; i < figures.size(); i++) {
            ImportedFigure f = figures.get(i);
            if (used[i] || !isTarget(f)) {
                continue;
            }
            used[i] = true;
            int partner = partner(figures, i, used);
            ImportedFigure other = partner < 0 ? null : figures.get(partner);
            if (partner >= 0) {
                used[partner] = true;
            }
            proposals.add(proposal(f, other));
        }
        return proposals;
    }

    /** All proposals of all speeches of an import. */
    public static List<TargetProposal> of(ImportResult result) {
        List<TargetProposal> proposals = new ArrayList<>();
        result.speeches().forEach(s -> proposals.addAll(of(s)));
        return proposals;
    }

    private static boolean isTarget(ImportedFigure f) {
        return f.value() != null && f.indicator() != null
                && (f.qualifier() == Qualifier.GUARANTEE || f.qualifier() == Qualifier.STRIVE)
                && (f.role() == FigureRole.TARGET || f.role() == FigureRole.GROWTH);
    }

    /** The figure with the other qualifier for the same indicator and unit, close after {@code i}. */
    private static int partner(List<ImportedFigure> figures, int i, boolean[] used) {
        ImportedFigure f = figures.get(i);
        for (int k = i + 1; k < figures.size() && k <= i + PAIRING_DISTANCE; k++) {
            ImportedFigure g = figures.get(k);
            if (!used[k] && isTarget(g) && g.qualifier() != f.qualifier() && g.role() == f.role()
                    && Objects.equals(g.unit(), f.unit()) && sameIndicator(f, g)) {
                return k;
            }
        }
        return -1;
    }

    /** 力争3200万美元 after 实际利用外资确保2800万美元 names no indicator of its own but inherits it. */
    private static boolean sameIndicator(ImportedFigure f, ImportedFigure g) {
        return f.indicator().equals(g.indicator()) || f.indicator().endsWith(g.indicator())
                || g.indicator().endsWith(f.indicator());
    }

    private static TargetProposal proposal(ImportedFigure f, ImportedFigure other) {
        ImportedFigure guarantee = f.qualifier() == Qualifier.GUARANTEE ? f : other;
        ImportedFigure strive = f.qualifier() == Qualifier.STRIVE ? f : other;
        List<ImportedFigure> sources = other == null ? List.of(f) : List.of(f, other);
        return new TargetProposal(f.indicator(), guarantee == null ? null : guarantee.value(),
                strive == null ? null : strive.value(), f.unit(), f.role() == FigureRole.GROWTH, f.period(), sources);
    }
}
