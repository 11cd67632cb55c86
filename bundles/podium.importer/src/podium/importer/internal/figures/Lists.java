/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import podium.importer.FigureRole;
import podium.importer.Bound;

/**
 * Gives the later numbers of a list what they share with the first: in {@code 同比分别增长22%、17%、24%}
 * every rate is a growth, and with 分别 each takes the indicator of the matching figure before it
 * ({@code 投入20亿元，增加值43亿元，…，同比分别增长22%、17%}) or of the matching name
 * ({@code 总量和增幅分别列全省第7位和第3位}).
 */
final class Lists {

    private static final Pattern JOINER = Pattern.compile("[、和及与，]{1,2}(?:第|前)?");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[、和及与]");
    private static final java.util.Set<String> MEASURES = java.util.Set.of("总量", "增速", "增幅", "总额", "比重",
            "占比", "规模");

    private Lists() {
    }

    static List<RawFigure> distribute(String text, List<RawFigure> figures) {
        List<RawFigure> result = new ArrayList<>(figures);
        int i = 0;
        while (i < result.size()) {
            int end = i + 1;
            while (end < result.size() && continuesList(text, result.get(end - 1), result.get(end))) {
                end++;
            }
            if (end - i > 1) {
                inherit(result, i, end);
                distributeIndicators(text, result, i, end);
            }
            i = end;
        }
        indicatorsOfOrganisations(text, result);
        inheritIndicators(text, result);
        expandShortNames(result);
        return result;
    }

    /** 把利用外资任务分解到…: the indicator a sentence splits among units. */
    private static final Pattern DECOMPOSED = Pattern.compile(
            "把([\\p{IsHan}a-zA-Z]{2,12}?)的?(?:任务|目标|指标|计划)?(?:分解|下达|分配|落实)");
    /** Names this long or longer may stand for a longer name used before (利用外资 for 实际利用外资). */
    private static final int SHORT_NAME = 4;

    /**
     * A figure stated for an organisation (其中宛城区确保320万美元) measures what the sentence splits among the
     * units (把利用外资任务分解到…), or else what the figure before it in the sentence in the same unit measures.
     */
    private static void indicatorsOfOrganisations(String text, List<RawFigure> figures) {
        for (int k = 0; k < figures.size(); k++) {
            RawFigure f = figures.get(k);
            if (f.organisation() == null || f.indicator() != null) {
                continue;
            }
            int statement = Clauses.statementStart(text, f.anchor());
            Matcher m = DECOMPOSED.matcher(text).region(statement, f.anchor());
            String name = null;
            while (m.find()) {
                name = m.group(1);
            }
            if (name == null) {
                RawFigure previous = previousInUnit(figures, k, statement);
                name = previous == null ? null : previous.indicator();
            }
            if (name != null) {
                figures.set(k, f.withIndicator(name));
            }
        }
    }

    private static RawFigure previousInUnit(List<RawFigure> figures, int k, int from) {
        RawFigure f = figures.get(k);
        for (int j = k - 1; j >= 0 && figures.get(j).anchor() >= from; j--) {
            RawFigure g = figures.get(j);
            if (g.indicator() != null && g.role() == f.role() && Units.sameBase(g.unit(), f.unit())) {
                return g;
            }
        }
        return null;
    }

    /**
     * A speaker who named an indicator in full shortens it later (实际利用外资 … 利用外资任务): a name of four or
     * more characters that ends a longer name used before, for an amount in the same unit, is that name.
     */
    private static void expandShortNames(List<RawFigure> figures) {
        for (int k = 0; k < figures.size(); k++) {
            RawFigure f = figures.get(k);
            if (f.indicator() == null || f.indicator().length() < SHORT_NAME) {
                continue;
            }
            for (int j = k - 1; j >= 0; j--) {
                RawFigure g = figures.get(j);
                if (g.indicator() != null && g.indicator().length() > f.indicator().length()
                        && g.indicator().endsWith(f.indicator()) && Units.sameBase(g.unit(), f.unit())) {
                    figures.set(k, f.withIndicator(g.indicator()));
                    break;
                }
            }
        }
    }

    /**
     * A growth or rank that names no indicator of its own measures the level stated before it in the
     * sentence: {@code gdp完成136.5亿元、增长5.5%} is gdp's growth; {@code 总量全市排名第二} ranks that level's
     * total, so the rank becomes {@code 地方财政收入总量}. A share is always a share of that level
     * ({@code 完成投资161亿元，占年度计划的76%}); only without one does it keep the whole it names.
     */
    private static void inheritIndicators(String text, List<RawFigure> figures) {
        for (int k = 1; k < figures.size(); k++) {
            RawFigure f = figures.get(k);
            if (f.indicator() == null && isCommitment(f)) {
                // 实际利用外资确保2800万美元，力争3200万美元: the strive level names no indicator of its own
                RawFigure previous = previousCommitment(text, figures, k);
                if (previous != null) {
                    RawFigure named = f.withIndicator(previous.indicator());
                    if (f.organisation() == null && previous.organisation() != null
                            && !text.substring(Math.min(previous.quoteEnd(), f.anchor()), f.anchor()).contains("，")) {
                        named = named.withOrganisation(previous.organisation()); // 卧龙区确保300万美元、力争340万美元
                    }
                    figures.set(k, named);
                    continue;
                }
            }
            if (f.role() != FigureRole.GROWTH && f.role() != FigureRole.SHARE && f.role() != FigureRole.RANK) {
                continue;
            }
            boolean measure = f.indicator() != null && MEASURES.contains(f.indicator());
            if (f.indicator() != null && !measure && f.role() != FigureRole.SHARE) {
                continue;
            }
            if (f.role() == FigureRole.RANK && rankedLikeThePrevious(text, figures, k, measure)) {
                continue;
            }
            RawFigure level = previousLevel(text, figures, k);
            if (level == null) {
                continue;
            }
            figures.set(k, f.withIndicator(measure ? level.indicator() + f.indicator() : level.indicator()));
        }
    }

    /**
     * A rank after another rank of the sentence ranks the same level: 由第9位升至第5位 (the same indicator), 财政收入
     * 总量第2、增幅第7 (the same level's 增幅: 财政收入增幅).
     */
    private static boolean rankedLikeThePrevious(String text, List<RawFigure> figures, int k, boolean measure) {
        RawFigure f = figures.get(k);
        RawFigure previous = figures.get(k - 1);
        if (previous.role() != FigureRole.RANK || previous.indicator() == null
                || previous.anchor() < sentenceStart(text, f.anchor())) {
            return false;
        }
        if (!measure) {
            figures.set(k, f.withIndicator(previous.indicator()));
            return true;
        }
        for (String m : MEASURES) {
            String name = previous.indicator();
            if (name.endsWith(m) && name.length() > m.length()) {
                figures.set(k, f.withIndicator(name.substring(0, name.length() - m.length()) + f.indicator()));
                return true;
            }
        }
        return false;
    }

    private static boolean isCommitment(RawFigure f) {
        return f.hasLevel();
    }

    private static RawFigure previousCommitment(String text, List<RawFigure> figures, int k) {
        RawFigure f = figures.get(k);
        int sentence = sentenceStart(text, f.anchor());
        for (int j = k - 1; j >= 0 && figures.get(j).anchor() >= sentence; j--) {
            RawFigure g = figures.get(j);
            if (isCommitment(g) && g.indicator() != null && Units.sameBase(g.unit(), f.unit())
                    && g.role() == f.role()) {
                return g;
            }
        }
        return null;
    }

    private static RawFigure previousLevel(String text, List<RawFigure> figures, int k) {
        int sentence = sentenceStart(text, figures.get(k).anchor());
        for (int j = k - 1; j >= 0 && figures.get(j).anchor() >= sentence; j--) {
            RawFigure f = figures.get(j);
            if ((f.role() == FigureRole.ACTUAL || f.role() == FigureRole.TARGET) && f.indicator() != null) {
                return f;
            }
        }
        return null;
    }

    /** Where the part of the sentence a growth or share belongs to starts: after the last stop or semicolon. */
    private static int sentenceStart(String text, int i) {
        return Clauses.sentenceStart(text, i);
    }

    private static boolean continuesList(String text, RawFigure previous, RawFigure next) {
        if (previous.quoteEnd() > next.anchor() || previous.role() != null && next.role() != null
                && previous.unitKind() != next.unitKind()) {
            return false;
        }
        String between = text.substring(Math.min(previous.quoteEnd(), next.anchor()), next.anchor());
        return JOINER.matcher(between).matches() && !between.startsWith("，") || between.equals("、");
    }

    /** Followers of a list take the leader's role, its hedge and its direction. */
    private static void inherit(List<RawFigure> figures, int from, int to) {
        RawFigure leader = figures.get(from);
        boolean negative = leader.value() != null && leader.value().signum() < 0;
        for (int k = from + 1; k < to; k++) {
            RawFigure f = figures.get(k);
            Bound bound = f.bound() == Bound.EXACT ? leader.bound() : f.bound();
            f = f.withRole(leader.role(), f.hasLevel() ? f.level() : leader.level(), bound);
            if (negative && f.value() != null && f.value().signum() > 0) {
                f = f.withValue(f.value().negate());
            }
            if (f.indicator() == null) {
                f = f.withIndicator(leader.indicator());
            }
            if (f.organisation() == null && leader.organisation() != null) {
                f = f.withOrganisation(leader.organisation());
            }
            figures.set(k, f);
        }
    }

    private static void distributeIndicators(String text, List<RawFigure> figures, int from, int to) {
        RawFigure leader = figures.get(from);
        int sentence = Clauses.sentenceStart(text, leader.anchor());
        String before = text.substring(sentence, leader.anchor());
        int respectively = before.lastIndexOf("分别");
        if (respectively < 0) {
            return;
        }
        int n = to - from;
        List<String> names = namesBefore(before.substring(0, respectively));
        if (names.size() != n) {
            names = indicatorsOfEarlierFigures(figures, from, n, sentence);
        }
        if (names.size() == n) {
            for (int k = 0; k < n; k++) {
                figures.set(from + k, figures.get(from + k).withIndicator(names.get(k)));
            }
        }
    }

    /** {@code 总量和增幅} right before 分别: the names the list refers to. */
    private static List<String> namesBefore(String before) {
        int clause = Math.max(before.lastIndexOf('，'), before.lastIndexOf('。')) + 1;
        String names = before.substring(clause);
        List<String> found = new ArrayList<>();
        for (String name : NAME_SEPARATOR.split(names)) {
            if (!name.isBlank() && name.length() <= 8) {
                found.add(name.strip());
            }
        }
        return found.size() > 1 ? found : List.of();
    }

    private static List<String> indicatorsOfEarlierFigures(List<RawFigure> figures, int from, int n, int sentence) {
        List<String> names = new ArrayList<>();
        for (int k = from - 1; k >= 0 && names.size() < n; k--) {
            RawFigure f = figures.get(k);
            if (f.anchor() < sentence) {
                break;
            }
            names.add(0, f.indicator());
        }
        return names.size() == n && names.stream().allMatch(java.util.Objects::nonNull) ? names : List.of();
    }
}
