/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import podium.core.Severity;
import podium.importer.ImportCodes;
import podium.importer.internal.Messages;
import podium.importer.internal.figures.FigureExtractor.TextProblem;

/**
 * Checks that parts add up to the total stated with them, in the three ways speeches state it: a total
 * with {@code 其中} parts (the parts may not exceed it), parts followed by {@code 合计/共计/总计/共} a total,
 * and a total followed by {@code 分别为} its parts (both must be equal). Amounts in 万 and 亿 are compared
 * in one scale; rounding to the last written digit is allowed.
 */
final class SumCheck {

    private SumCheck() {
    }

    static List<TextProblem> check(String text, List<RawFigure> figures) {
        List<TextProblem> problems = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            RawFigure total = figures.get(i);
            if (!isAmount(total)) {
                continue;
            }
            List<RawFigure> after = partsAfter(text, figures, i);
            String between = after.isEmpty() ? ""
                    : text.substring(Math.min(total.quoteEnd(), after.get(0).anchor()), after.get(0).anchor());
            if (between.contains("其中") && exceeds(after, total)) {
                problems.add(problem(total, after, Messages.SumCheck_partsAfterQizhiExceedTotal));
            } else if (between.contains("分别为") && !adds(after, total)) {
                problems.add(problem(total, after, Messages.SumCheck_partsAfterFenbieweiDifferFromTotal));
            }
            List<RawFigure> before = partsBefore(text, figures, i);
            if (!before.isEmpty() && !adds(before, total)) {
                problems.add(problem(total, before, Messages.SumCheck_partsDifferFromTotal));
            }
        }
        return problems;
    }

    private static boolean isAmount(RawFigure f) {
        return f.value() != null && (f.unitKind() == Units.Kind.MONEY || f.unitKind() == Units.Kind.COUNT
                || f.unitKind() == Units.Kind.MEASURE);
    }

    /** Figures in the same sentence after the total, in its unit family, up to the next stop. */
    private static List<RawFigure> partsAfter(String text, List<RawFigure> figures, int i) {
        RawFigure total = figures.get(i);
        int end = Clauses.sentenceEnd(text, total.quoteEnd());
        List<RawFigure> parts = new ArrayList<>();
        for (int k = i + 1; k < figures.size() && figures.get(k).anchor() < end; k++) {
            if (sameFamily(total, figures.get(k))) {
                parts.add(figures.get(k));
            }
        }
        return parts.size() >= 2 || parts.size() == 1 && text.substring(Math.min(total.quoteEnd(),
                parts.get(0).anchor()), parts.get(0).anchor()).contains("其中") ? parts : List.of();
    }

    /** Parts listed before a 合计/共计/总计 total in the same sentence. */
    private static List<RawFigure> partsBefore(String text, List<RawFigure> figures, int i) {
        RawFigure total = figures.get(i);
        String lead = text.substring(Clauses.clauseStart(text, total.anchor()), total.anchor());
        if (!lead.matches(".*(?:合计|共计|总计|总共|共)[^，。；]{0,6}")) {
            return List.of();
        }
        int sentence = Clauses.sentenceStart(text, total.anchor());
        List<RawFigure> parts = new ArrayList<>();
        for (int k = i - 1; k >= 0 && figures.get(k).anchor() >= sentence; k--) {
            if (sameFamily(total, figures.get(k))) {
                parts.add(0, figures.get(k));
            }
        }
        return parts.size() >= 2 ? parts : List.of();
    }

    private static boolean sameFamily(RawFigure a, RawFigure b) {
        return b.value() != null && a.unitKind() == b.unitKind() && base(a).equals(base(b));
    }

    private static String base(RawFigure f) {
        String unit = f.unit() == null ? "" : f.unit();
        return unit.replaceFirst("^(?:万亿|千万|百万|万|亿|千)", "");
    }

    private static BigDecimal scaled(RawFigure f) {
        String unit = f.unit() == null ? "" : f.unit();
        long scale = unit.startsWith("万亿") ? 1_000_000_000_000L : unit.startsWith("千万") ? 10_000_000L
                : unit.startsWith("百万") ? 1_000_000L : unit.startsWith("万") ? 10_000L
                : unit.startsWith("亿") ? 100_000_000L : unit.startsWith("千") ? 1_000L : 1L;
        return f.value().multiply(BigDecimal.valueOf(scale));
    }

    private static BigDecimal sum(List<RawFigure> parts) {
        return parts.stream().map(SumCheck::scaled).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean exceeds(List<RawFigure> parts, RawFigure total) {
        return sum(parts).subtract(scaled(total)).compareTo(tolerance(parts, total)) > 0;
    }

    private static boolean adds(List<RawFigure> parts, RawFigure total) {
        return sum(parts).subtract(scaled(total)).abs().compareTo(tolerance(parts, total)) <= 0;
    }

    /** Half a unit of the last digit written, for each figure involved. */
    private static BigDecimal tolerance(List<RawFigure> parts, RawFigure total) {
        BigDecimal tolerance = halfUlp(total);
        for (RawFigure part : parts) {
            tolerance = tolerance.add(halfUlp(part));
        }
        return tolerance;
    }

    private static BigDecimal halfUlp(RawFigure f) {
        BigDecimal ulp = f.value().ulp().multiply(scaled(f)).divide(f.value().signum() == 0 ? BigDecimal.ONE
                : f.value(), java.math.MathContext.DECIMAL64).abs();
        return ulp.divide(BigDecimal.valueOf(2));
    }

    private static TextProblem problem(RawFigure total, List<RawFigure> parts, String template) {
        String unit = base(total).isEmpty() ? Messages.SumCheck_noUnit : base(total);
        return new TextProblem(total.anchor(), Severity.WARNING, ImportCodes.SUM_MISMATCH,
                NLS.bind(template, new Object[] {plain(sum(parts)), plain(scaled(total)), unit}));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
