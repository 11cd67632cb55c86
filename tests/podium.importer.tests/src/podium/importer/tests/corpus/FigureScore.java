/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import podium.core.Problem;
import podium.importer.ImportCodes;
import podium.importer.ImportResult;
import podium.importer.ImportedFigure;
import podium.importer.ImportedSpeech;
import podium.importer.tests.corpus.ReviewedFigures.Row;

/**
 * How the figures extracted from one text compare with the reviewed list, in both directions. A listed figure
 * and an extracted one match on line, value and unit (one to one; among equal candidates the one with the same
 * level, bound and role is taken); level and bound, role and group size are then compared on the matches.
 * Ambiguous rows match what they can and count neither way.
 */
public final class FigureScore {

    /** A listed figure and the extracted one it matched. */
    public record Match(Row row, ImportedFigure figure) {

        public boolean rightQualifier() {
            return row.level() == figure.level() && row.bound() == figure.bound();
        }

        public boolean rightRole() {
            return row.role() == figure.role() && Objects.equals(row.of(), figure.of());
        }
    }

    private final List<Match> matches = new ArrayList<>();
    private final List<Match> optionalMatches = new ArrayList<>();
    private final List<Row> missed = new ArrayList<>();
    private final List<ImportedFigure> extra = new ArrayList<>();
    private final int blanks;
    private final int flagged;

    public FigureScore(ReviewedFigures reviewed, ImportResult result) {
        List<ImportedFigure> left = new ArrayList<>();
        result.speeches().forEach(s -> left.addAll(s.figures()));
        for (Row row : reviewed.figures()) {
            if (!row.optional()) {
                ImportedFigure f = take(left, row);
                if (f == null) {
                    missed.add(row);
                } else {
                    matches.add(new Match(row, f));
                }
            }
        }
        for (Row row : reviewed.figures()) {
            if (row.optional()) {
                ImportedFigure f = take(left, row);
                if (f != null) {
                    optionalMatches.add(new Match(row, f));
                }
            }
        }
        extra.addAll(left);
        blanks = reviewed.blanks().size();
        flagged = flagged(reviewed.blanks(), result);
    }

    /** The best extracted figure for {@code row}, removed from {@code left}; null when none has its key. */
    private static ImportedFigure take(List<ImportedFigure> left, Row row) {
        ImportedFigure best = null;
        int bestScore = -1;
        for (ImportedFigure f : left) {
            if (f.line() == row.line() && sameValue(f.value(), row.value()) && Objects.equals(f.unit(), row.unit())) {
                int score = (f.level() == row.level() ? 1 : 0) + (f.bound() == row.bound() ? 1 : 0)
                        + (f.role() == row.role() ? 1 : 0);
                if (score > bestScore) {
                    best = f;
                    bestScore = score;
                }
            }
        }
        left.remove(best);
        return best;
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Per line, as many blanks as the line has flags (missing-number or placeholder), at most as many as listed. */
    private static int flagged(List<Integer> blankLines, ImportResult result) {
        Map<Integer, Integer> expected = new HashMap<>();
        blankLines.forEach(l -> expected.merge(l, 1, Integer::sum));
        Map<Integer, Integer> flags = new HashMap<>();
        for (ImportedSpeech s : result.speeches()) {
            for (Problem p : s.problems()) {
                if (p.code().equals(ImportCodes.MISSING_NUMBER) || p.code().equals(ImportCodes.PLACEHOLDER)) {
                    flags.merge(p.line(), 1, Integer::sum);
                }
            }
        }
        int found = 0;
        for (Map.Entry<Integer, Integer> e : expected.entrySet()) {
            found += Math.min(e.getValue(), flags.getOrDefault(e.getKey(), 0));
        }
        return found;
    }

    public List<Match> matches() {
        return matches;
    }

    public List<Match> optionalMatches() {
        return optionalMatches;
    }

    public List<Row> missed() {
        return missed;
    }

    public List<ImportedFigure> extra() {
        return extra;
    }

    public int listed() {
        return matches.size() + missed.size();
    }

    /** Found of listed; 1 when nothing is listed. */
    public double recall() {
        return listed() == 0 ? 1 : (double) matches.size() / listed();
    }

    /** Listed of found (ambiguous ones left out); 1 when nothing was found. */
    public double precision() {
        int found = matches.size() + extra.size();
        return found == 0 ? 1 : (double) matches.size() / found;
    }

    public long rightQualifiers() {
        return matches.stream().filter(Match::rightQualifier).count();
    }

    public long rightRoles() {
        return matches.stream().filter(Match::rightRole).count();
    }

    public int blanks() {
        return blanks;
    }

    public int flagged() {
        return flagged;
    }

    /** What went wrong, one item a line, for an assertion message. */
    public String details() {
        StringBuilder b = new StringBuilder();
        missed.forEach(r -> b.append("\n  missed ").append(r));
        extra.forEach(f -> b.append("\n  extra  line ").append(f.line()).append(": ").append(describe(f)));
        matches.stream().filter(m -> !m.rightQualifier() || !m.rightRole()).forEach(m -> b.append("\n  wrong  ")
                .append(m.row()).append(" read as ").append(describe(m.figure())));
        return b.toString();
    }

    private static String describe(ImportedFigure f) {
        return (f.value() == null ? "[blank]" : f.value().toPlainString()) + (f.unit() == null ? "" : " " + f.unit())
                + " " + (f.level() == null ? "" : f.level().label() + "/") + f.bound().label() + " " + f.role().label()
                + (f.of() == null ? "" : " of " + f.of()) + " «" + f.quote() + "»";
    }
}
