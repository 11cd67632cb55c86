/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import podium.core.Severity;
import podium.importer.FigureRole;
import podium.importer.ImportCodes;
import podium.importer.Bound;
import podium.importer.Level;
import podium.importer.internal.Messages;
import podium.importer.internal.figures.NumberScanner.Token;

/**
 * Turns every quantitative statement of a speech into a figure: a number followed by a unit or measure
 * word, a rank, a blank where the website dropped the number, or a template placeholder. Dates, plan
 * names ({@code 十二五}), ordinals ({@code 第三产业}), slogans in quotes ({@code “十抓十促”}) and the
 * article use of 一 ({@code 一个领导}) are not figures.
 */
public final class FigureExtractor {

    /**
     * A problem found in a speech text, located by offset in that text.
     */
    public record TextProblem(int offset, Severity severity, String code, String message) {
    }

    /** What the extractor found in one speech. */
    public record Extraction(List<RawFigure> figures, List<TextProblem> problems) {
    }

    private static final Pattern PLAN_NAME = Pattern.compile("十[一二三四五]五");
    private static final String DATE_AFTER = "月日号时";
    private static final String RANGE = "-—–~至到";
    /** Quotations up to this length are slogans and names; their numbers are part of the name. */
    private static final int SLOGAN = 40;
    private static final java.util.Set<String> DURATIONS = java.util.Set.of("年", "天", "周", "个月", "小时");
    private static final Pattern NAMED_MEETING = Pattern.compile("全会|全体会议|会议|大会|常委会");
    private static final Pattern NAMED_PLAN = Pattern.compile("规划|计划|行动|攻坚");
    private static final Pattern TIME_FRAME = Pattern.compile("来|以来|中(?![心央])|里|间|之间");
    private static final String ROUND_NUMERALS = "十百千万";
    private static final Pattern ZERO = Pattern.compile(
            "“零([\\p{IsHan}]{1,5})”|零(发生|事故|伤亡|死亡|进京|上访|投诉|赴省)");
    private static final Pattern ZERO_CONTEXT = Pattern.compile("目标|实现|确保|力争|做到|保持|的突破");

    public Extraction extract(String text) {
        List<RawFigure> figures = new ArrayList<>();
        List<TextProblem> problems = new ArrayList<>();
        List<Token> tokens = NumberScanner.scan(text);
        boolean[] used = new boolean[text.length() + 1];
        for (Token token : tokens) {
            // the size of a peer group (21个统计单位) belongs to its rank, which comes later in the text
            Ranks.Rank rank = Ranks.at(text, token);
            if (rank != null && rank.ofStart() >= 0) {
                used[rank.ofStart()] = true;
            }
        }
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            if (used[token.start()]) {
                continue;
            }
            if (token.placeholder()) {
                problems.add(placeholder(text, token));
            }
            RawFigure figure = figureAt(text, token, tokens, t, used);
            if (figure != null) {
                figures.add(figure);
            }
        }
        figures.addAll(zeroTargets(text));
        for (Blanks.Blank blank : Blanks.find(text)) {
            String message = blank.unit().text().isEmpty()
                    ? NLS.bind(Messages.FigureExtractor_rateMissing,
                            text.substring(Math.max(0, blank.start() - 4), blank.start()))
                    : NLS.bind(Messages.FigureExtractor_numberMissing, blank.unit().text());
            problems.add(new TextProblem(blank.start(), Severity.WARNING, ImportCodes.MISSING_NUMBER, message));
            Token none = new Token(blank.start(), blank.start(), null, false, false, false);
            RawFigure f = levelFigure(text, none, blank.unit(), blank.start() + blank.unit().text().length(), false);
            int clause = Clauses.clauseStart(text, blank.start());
            figures.add(f.withQuote(Math.min(f.quoteStart(), clause), f.quoteEnd()));
        }
        figures.sort(Comparator.comparingInt(RawFigure::anchor));
        List<RawFigure> mapped = Lists.distribute(text, figures);
        problems.addAll(SumCheck.check(text, mapped));
        problems.sort(Comparator.comparingInt(TextProblem::offset));
        return new Extraction(mapped, problems);
    }

    private RawFigure figureAt(String text, Token token, List<Token> tokens, int t, boolean[] used) {
        if (isNotAFigure(text, token)) {
            return null;
        }
        Ranks.Rank rank = Ranks.at(text, token);
        if (rank != null) {
            if (rank.ofStart() >= 0) {
                used[rank.ofStart()] = true;
            }
            return rankFigure(text, token, rank);
        }
        if (token.start() > 0 && text.charAt(token.start() - 1) == '第') {
            return null; // an ordinal that is not a rank: 第三产业, 第六批
        }
        int unitStart = token.end();
        Units.Unit unit = Units.at(text, unitStart);
        if (unit == null || isDate(text, token, unit) || isArticle(token, unit)
                || isName(text, unitStart + (unit == null ? 0 : unit.text().length()), unit)
                || isIdiom(text, token, unit, unitStart + (unit == null ? 0 : unit.text().length()))) {
            return null;
        }
        int unitEnd = unitStart + unit.text().length();
        if (isRateBase(text, token) || isTimeFrame(text, unit, unitEnd)
                || unit.kind() == Units.Kind.COUNT && unit.scale() == 1 && Enumerations.isEnumeration(text, token, unitEnd)) {
            return null;
        }
        Token rangeEnd = rangeEnd(text, token, tokens, t);
        if (rangeEnd != null) {
            used[rangeEnd.start()] = true;
        }
        return levelFigure(text, token, unit, unitEnd, rangeEnd != null);
    }

    private static boolean isNotAFigure(String text, Token token) {
        int start = token.start();
        if (Clauses.inShortQuote(text, start, SLOGAN) && !isAmount(Units.at(text, token.end()))) {
            return true;
        }
        if (token.chinese() && PLAN_NAME.matcher(text).region(Math.max(0, start - 1),
                Math.min(text.length(), token.end() + 2)).find()) {
            return true;
        }
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        // digits glued to Latin letters are codes or names, not figures
        return Character.isLetter(before) && before < 0x80 && !token.placeholder();
    }

    private static boolean isAmount(Units.Unit unit) {
        return unit != null && (unit.kind() == Units.Kind.MONEY || unit.kind() == Units.Kind.PERCENT
                || unit.kind() == Units.Kind.POINTS);
    }

    private static boolean isDate(String text, Token token, Units.Unit unit) {
        int end = token.end();
        if (end < text.length() && DATE_AFTER.indexOf(text.charAt(end)) >= 0 && !unit.text().startsWith("小时")) {
            return true;
        }
        if (unit.base().equals("年")) {
            BigDecimal v = token.value();
            return token.placeholder() || v != null && v.compareTo(BigDecimal.valueOf(1900)) >= 0;
        }
        return false;
    }

    /**
     * Numbers that are part of a name: 六届 and 十一次全会 (sessions), 二期项目 (a phase), 三年规划 (a plan).
     */
    private static boolean isName(String text, int unitEnd, Units.Unit unit) {
        String rest = text.substring(unitEnd, Math.min(text.length(), unitEnd + 4));
        return switch (unit.text()) {
            case "届" -> true;
            case "次" -> NAMED_MEETING.matcher(rest).lookingAt();
            case "期" -> rest.startsWith("项目") || rest.startsWith("工程");
            case "年" -> NAMED_PLAN.matcher(rest).lookingAt();
            default -> false;
        };
    }

    /**
     * Idioms made of round numerals and measure words (千家万户, 千方百计), and 元 in words such as
     * 二元结构: a Chinese numeral with a bare 元 followed by more characters is not an amount.
     */
    private static boolean isIdiom(String text, Token token, Units.Unit unit, int unitEnd) {
        if (!token.chinese()) {
            return false;
        }
        char next = unitEnd < text.length() ? text.charAt(unitEnd) : ' ';
        boolean round = token.end() - token.start() == 1 && ROUND_NUMERALS.indexOf(text.charAt(token.start())) >= 0;
        if (round && ChineseNumerals.isNumeralChar(next) || round && ROUND_NUMERALS.indexOf(next) >= 0) {
            return true;
        }
        return unit.text().equals("元") && Character.isIdeographic(next);
    }

    /**
     * The base of a rate (每出口一美元, 每2天, 每十万人): the number after 每, or after 每 and a verb, is what a
     * ratio is taken per, not a quantity of its own. After 每 and a unit (每年50家, 每户2000元) the base is
     * that unit and the number is the quantity.
     */
    private static boolean isRateBase(String text, Token token) {
        int from = Math.max(Clauses.clauseStart(text, token.start()), token.start() - 3);
        int each = text.lastIndexOf('每', token.start() - 1);
        return each >= from && (each + 1 == token.start() || Units.at(text, each + 1) == null);
    }

    /**
     * A span of time that frames the sentence (两年来, 三年以来, 五年中, 十年间) says when, like a period,
     * not how much.
     */
    private static boolean isTimeFrame(String text, Units.Unit unit, int unitEnd) {
        if (!DURATIONS.contains(unit.base())) {
            return false;
        }
        int at = unitEnd < text.length() && (text.charAt(unitEnd) == '多' || text.charAt(unitEnd) == '余')
                ? unitEnd + 1 : unitEnd;
        return TIME_FRAME.matcher(text).region(at, Math.min(text.length(), at + 2)).lookingAt();
    }

    /** 一个, 一名, 一批: the article, not the number one; 一万, 一亿 are numbers. */
    private static boolean isArticle(Token token, Units.Unit unit) {
        return token.chinese() && !token.about() && BigDecimal.ONE.equals(token.value())
                && unit.kind() != Units.Kind.MONEY && unit.scale() == 1;
    }

    /** The upper end of a range such as 1—2户, whose unit stands after the second number only. */
    private static Token rangeEnd(String text, Token token, List<Token> tokens, int t) {
        if (t + 1 >= tokens.size() || token.end() >= text.length() || RANGE.indexOf(text.charAt(token.end())) < 0) {
            return null;
        }
        Token next = tokens.get(t + 1);
        return next.start() == token.end() + 1 ? next : null;
    }

    private RawFigure levelFigure(String text, Token token, Units.Unit unit, int unitEnd, boolean range) {
        int start = token.start();
        Qualifiers.Found qualifier = Qualifiers.of(text, start, token.end(), unitEnd, token.about(),
                unit.kind() == Units.Kind.MONEY);
        Bound bound = range && qualifier.bound() == Bound.EXACT ? Bound.AT_LEAST : qualifier.bound();
        Roles.Growth growth = Roles.growth(text, start, unit.kind());
        FigureRole role;
        if (growth.growth()) {
            role = FigureRole.GROWTH;
        } else if (Roles.share(text, start, unit.kind())) {
            role = FigureRole.SHARE;
        } else {
            role = Roles.level(text, start, qualifier.level());
        }
        BigDecimal value = token.value();
        if (value != null && growth.decline()) {
            value = value.negate();
        }
        if (range) {
            unitEnd = Math.max(unitEnd, unitEndAfterRange(text, token, unit));
        }
        int suffix = Qualifiers.suffixLength(text, unitEnd);
        int quoteEnd = unitEnd + suffix;
        Indicators.Found indicator = suffix == 0 ? countedAfter(text, unit, unitEnd) : null;
        int quoteStart = Math.min(start, qualifierStartInClause(text, qualifier, start));
        if (indicator != null) {
            quoteEnd = Math.max(quoteEnd, indicator.end());
        } else if (!DURATIONS.contains(unit.base())) {
            indicator = Indicators.before(text, start);
            if (indicator != null) {
                quoteStart = Math.min(quoteStart, indicator.start());
            }
        }
        return new RawFigure(start, quoteStart, quoteEnd, indicator == null ? null : indicator.name(), null, value,
                unit.text().isEmpty() ? null : unit.text(), unit.kind(), qualifier.level(), bound, role, null,
                Periods.before(text, start));
    }

    /**
     * The noun after the unit that names what is counted (38个项目) or, for money, the fund it is
     * (1亿元授信资金); other amounts are named before the number.
     */
    private static Indicators.Found countedAfter(String text, Units.Unit unit, int unitEnd) {
        if (unit.kind() != Units.Kind.COUNT && unit.kind() != Units.Kind.MONEY) {
            return null;
        }
        Indicators.Found noun = Indicators.after(text, unitEnd);
        boolean names = noun != null && (unit.kind() == Units.Kind.COUNT || IndicatorHeads.endsWithMoneyHead(noun.name()));
        return names ? noun : null;
    }

    private static int unitEndAfterRange(String text, Token token, Units.Unit unit) {
        int at = text.indexOf(unit.text(), token.end());
        return at < 0 ? token.end() : at + unit.text().length();
    }

    private static int qualifierStartInClause(String text, Qualifiers.Found qualifier, int start) {
        int clause = Clauses.clauseStart(text, start);
        int from = Math.min(start, qualifier.boundStart());
        return qualifier.levelStart() >= clause ? Math.min(from, qualifier.levelStart()) : from;
    }

    private RawFigure rankFigure(String text, Token token, Ranks.Rank rank) {
        int prefixStart = token.start() - 1;
        Qualifiers.Commitment commitment = Qualifiers.commitment(text, prefixStart);
        Level level = commitment == null ? null : commitment.level();
        Bound bound = rank.top() ? Bound.AT_MOST : Bound.EXACT;
        Indicators.Found indicator = Indicators.before(text, rankSubjectEnd(text, prefixStart, rank));
        int quoteStart = indicator != null ? indicator.start() : Clauses.clauseStart(text, prefixStart);
        String unit = text.charAt(rank.end() - 1) == '位' || text.charAt(rank.end() - 1) == '名'
                ? String.valueOf(text.charAt(rank.end() - 1)) : null;
        return new RawFigure(token.start(), quoteStart, rank.end(), indicator == null ? null : indicator.name(), null,
                rank.rank(), unit, null, level, bound, FigureRole.RANK, rank.of(), Periods.before(text, prefixStart));
    }

    /**
     * Zero targets: “零进京”, 零发生, 零事故. Quoted ones count only where the sentence aims at them
     * (实现“零赴蓉”目标, 确保“零发生”); “零距离” alone is a figure of speech.
     */
    private static List<RawFigure> zeroTargets(String text) {
        List<RawFigure> found = new ArrayList<>();
        java.util.regex.Matcher m = ZERO.matcher(text);
        while (m.find()) {
            String what = m.group(1) != null ? m.group(1) : m.group(2);
            int zero = m.group(1) != null ? m.start() + 1 : m.start();
            String around = text.substring(Clauses.clauseStart(text, m.start()), Math.min(text.length(), m.end() + 12));
            if (m.group(1) != null && !ZERO_CONTEXT.matcher(around).find()) {
                continue;
            }
            Qualifiers.Commitment commitment = Qualifiers.commitment(text, zero);
            Level level = commitment == null ? null : commitment.level();
            FigureRole role = around.contains("目标") ? FigureRole.TARGET : Roles.level(text, zero, level);
            found.add(new RawFigure(zero, m.start(), m.end(), what, null, BigDecimal.ZERO, null, null, level,
                    Bound.EXACT, role, null, Periods.before(text, m.start())));
        }
        return found;
    }

    /** Where the ranked subject ends: before the peer group (在全省21个统计单位中) when one is named. */
    private static int rankSubjectEnd(String text, int prefixStart, Ranks.Rank rank) {
        if (rank.ofStart() < 0) {
            return prefixStart;
        }
        int end = rank.ofStart();
        int clause = Clauses.clauseStart(text, end);
        int at = text.lastIndexOf('在', end);
        return at >= clause && end - at <= 4 ? at : end;
    }

    private static TextProblem placeholder(String text, Token token) {
        return new TextProblem(token.start(), Severity.WARNING, ImportCodes.PLACEHOLDER,
                NLS.bind(Messages.FigureExtractor_placeholder, token.text(text)));
    }
}
