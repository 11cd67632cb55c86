/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the targets a speech sets: every guarantee or strive figure with a value, an indicator and a
 * level or growth role becomes part of a proposal; a guarantee and a strive for the same indicator and
 * organisation, in units of the same kind (万美元 and 亿美元), close together, make one proposal
 * (确保2800万美元，力争3200万美元). Each level keeps the bound the speech gives it.
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
        return f.value() != null && f.indicator() != null && f.level() != null
                && (f.role() == FigureRole.TARGET || f.role() == FigureRole.GROWTH);
    }

    /** The figure with the other level for the same indicator, organisation and kind of unit, close after {@code i}. */
    private static int partner(List<ImportedFigure> figures, int i, boolean[] used) {
        ImportedFigure f = figures.get(i);
        for (int k = i + 1; k < figures.size() && k <= i + PAIRING_DISTANCE; k++) {
            ImportedFigure g = figures.get(k);
            if (!used[k] && isTarget(g) && g.level() != f.level() && g.role() == f.role()
                    && sameKindOfUnit(f.unit(), g.unit()) && sameIndicator(f, g)
                    && Objects.equals(f.organisation(), g.organisation())) {
                return k;
            }
        }
        return -1;
    }

    /** 万美元 and 亿美元 are amounts of one kind; % and 个百分点 are not. */
    private static boolean sameKindOfUnit(String a, String b) {
        return Objects.equals(base(a), base(b));
    }

    private static String base(String unit) {
        return unit == null ? null : unit.replaceFirst("^(?:万亿|千万|百万|万|亿|千)", "");
    }

    /** 力争3200万美元 after 实际利用外资确保2800万美元 names no indicator of its own but inherits it. */
    private static boolean sameIndicator(ImportedFigure f, ImportedFigure g) {
        return f.indicator().equals(g.indicator()) || f.indicator().endsWith(g.indicator())
                || g.indicator().endsWith(f.indicator());
    }

    private static TargetProposal proposal(ImportedFigure f, ImportedFigure other) {
        ImportedFigure guarantee = f.level() == Level.GUARANTEE ? f : other;
        ImportedFigure strive = f.level() == Level.STRIVE ? f : other;
        List<ImportedFigure> sources = other == null ? List.of(f) : List.of(f, other);
        return new TargetProposal(f.indicator(), f.organisation(), guarantee == null ? null : guarantee.value(),
                guarantee == null ? null : guarantee.bound(), strive == null ? null : strive.value(),
                strive == null ? null : strive.bound(), guarantee != null ? guarantee.unit() : strive.unit(),
                strive == null ? null : strive.unit(), f.role() == FigureRole.GROWTH, f.period(), sources);
    }
}
