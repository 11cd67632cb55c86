/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import podium.core.Severity;
import podium.importer.Bound;
import podium.importer.FigureRole;
import podium.importer.ImportCodes;
import podium.importer.Level;
import podium.importer.MentionKind;
import podium.importer.internal.Messages;
import podium.importer.internal.figures.NumberScanner.Token;

/**
 * Turns every quantitative statement of a speech into a figure: a number followed by a unit or measure
 * word (or sharing the unit of the list it is in), a rank, a blank where the website dropped the number, or a
 * template placeholder. Dates, plan names ({@code 十二五}), ordinals ({@code 第三产业}), slogans in quotes
 * ({@code “十抓十促”}) and the article use of 一 ({@code 一个领导}) are not figures; rank movements, session
 * ordinals, numbers in names, counts of the speech's parts and narrative spans are kept apart as mentions.
 */
public final class FigureExtractor {

    /**
     * A problem found in a speech text, located by offset in that text.
     */
    public record TextProblem(int offset, Severity severity, String code, String message) {
    }

    /** What the extractor found in one speech. */
    public record Extraction(List<RawFigure> figures, List<RawMention> mentions, List<TextProblem> problems) {
    }

    private static final Pattern PLAN_NAME = Pattern.compile("十[一二三四五]五");
    private static final String DATE_AFTER = "月日号时";
    private static final String RANGE = "-—–~至到";
    private static final String LIST = "、和及与";
    /** Quotations up to this length are slogans and names; their numbers are part of the name. */
    private static final int SLOGAN = 40;
    private static final String ROUND_NUMERALS = "十百千万";
    /**
     * Zero targets: a quoted 零 phrase (“零进京”, “零发生”) where the sentence aims at it, and the standard zero
     * outcomes of incidents and petitions, quoted or not: 零发生, 零事故, 零伤亡, 零上访 (零越级上访), 零进京, and 零赴
     * with any destination (零赴省, 零赴京).
     */
    private static final Pattern ZERO = Pattern.compile(
            "“零([\\p{IsHan}]{1,5})”|零(发生|事故|伤亡|死亡|\\p{IsHan}{0,2}?(?:上访|信访|进京|投诉)|赴\\p{IsHan})");
    private static final Pattern ZERO_CONTEXT = Pattern.compile("目标|实现|确保|力争|做到|保持|的突破");
    /** 万元大关, 亿元大关: the round mark of a scale, one of it. */
    private static final Pattern MARK = Pattern.compile("(突破|跨越|迈上|越过|超过|达到)?(万|亿|千亿|万亿)(元|美元)?大关");

    public Extraction extract(String text) {
        Reading reading = new Reading(text);
        reading.readNumbers();
        reading.readPlaces();
        reading.figures.addAll(zeroTargets(text));
        reading.figures.addAll(marks(text));
        reading.readBlanks();
        reading.figures.sort(Comparator.comparingInt(RawFigure::anchor));
        List<RawFigure> mapped = Lists.distribute(text, reading.figures);
        reading.problems.addAll(SumCheck.check(text, mapped));
        reading.problems.sort(Comparator.comparingInt(TextProblem::offset));
        reading.mentions.sort(Comparator.comparingInt(RawMention::anchor));
        return new Extraction(mapped, reading.mentions, reading.problems);
    }

    /** The state of reading one text: its numbers, which of them are taken, and what was found. */
    private static final class Reading {
        final String text;
        final List<Token> tokens;
        final boolean[] used;
        final List<RawFigure> figures = new ArrayList<>();
        final List<RawMention> mentions = new ArrayList<>();
        final List<TextProblem> problems = new ArrayList<>();
        Ranks.Rank lastRank;
        int lastRankEnd = -1;

        Reading(String text) {
            this.text = text;
            this.tokens = NumberScanner.scan(text);
            this.used = new boolean[text.length() + 1];
        }

        void readNumbers() {
            for (Token token : tokens) {
                // the size of a peer group (21个统计单位) belongs to its rank, which comes later in the text
                Ranks.Rank rank = Ranks.at(text, token);
                if (rank != null && rank.ofStart() >= 0) {
                    used[rank.ofStart()] = true;
                }
            }
            for (Ranks.Place place : Ranks.places(text)) {
                if (place.rank().ofStart() >= 0) {
                    used[place.rank().ofStart()] = true;
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
                read(token, t);
            }
        }

        private void read(Token token, int t) {
            if (isNotAFigure(text, token)) {
                return;
            }
            Ranks.Rank rank = Ranks.at(text, token);
            if (rank == null && lastRank != null) {
                rank = Ranks.continuing(text, token, lastRank, lastRankEnd);
            }
            if (rank != null) {
                figures.add(rankFigure(text, token, rank));
                lastRank = rank;
                lastRankEnd = rank.end();
                return;
            }
            if (token.start() > 0 && text.charAt(token.start() - 1) == '第') {
                Units.Unit counted = Units.at(text, token.end());
                if (counted != null) { // 第三次全体会议, 第六批; 第三产业 and 第一，… are words and discourse
                    mention(MentionKind.ORDINAL, token, counted, token.end() + counted.text().length());
                }
                return;
            }
            Shared shared = unitOf(token, t);
            if (shared == null) {
                return;
            }
            if (Ranks.isMovement(text, token)) {
                mention(MentionKind.MOVEMENT, token, shared.unit(), shared.unitEnd() + 1);
                return;
            }
            figure(token, shared);
        }

        /** The unit of the number, its own or the one of the list or range it starts; null when it has none. */
        private Shared unitOf(Token token, int t) {
            int at = token.end();
            if (token.placeholder() && at < text.length() && (text.charAt(at) == '多' || text.charAt(at) == '余')) {
                at++; // x多批次
            }
            Units.Unit unit = Units.at(text, at);
            if (unit != null) {
                return new Shared(unit, at, at + unit.text().length(), false, token.placeholder() && at > token.end());
            }
            return sharedUnit(token, t);
        }

        /**
         * 分别为5120和3360元, 增长9%、12%, 1—2户, x、x万美元: a number without a unit that a list or range mark joins
         * to the next number takes the unit that closes the list; in a range the next number is its upper end.
         */
        private Shared sharedUnit(Token token, int t) {
            if (isHeadingNumber(token)) {
                return null; // 二、2004年的目标任务: a heading's number, not the start of a list
            }
            int k = t;
            boolean range = false;
            while (k + 1 < tokens.size()) {
                Token next = tokens.get(k + 1);
                int gap = next.start() - tokens.get(k).end();
                char mark = tokens.get(k).end() < text.length() ? text.charAt(tokens.get(k).end()) : ' ';
                if (gap != 1 || LIST.indexOf(mark) < 0 && RANGE.indexOf(mark) < 0) {
                    return null;
                }
                range |= RANGE.indexOf(mark) >= 0;
                Units.Unit unit = Units.at(text, next.end());
                if (unit != null) {
                    if (isDate(text, next, unit)) {
                        return null;
                    }
                    if (range) {
                        used[next.start()] = true;
                    }
                    int unitEnd = next.end() + unit.text().length();
                    return new Shared(unit, next.end(), unitEnd, range, false);
                }
                k++;
            }
            return null;
        }

        /** A number that opens its line before 、 or ．: the numbering of a heading or a point. */
        private boolean isHeadingNumber(Token token) {
            int lineStart = token.start();
            while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
                lineStart--;
            }
            return text.substring(lineStart, token.start()).isBlank() && token.end() < text.length()
                    && "、．.".indexOf(text.charAt(token.end())) >= 0;
        }

        private void figure(Token token, Shared shared) {
            Units.Unit unit = shared.unit();
            int unitEnd = shared.unitEnd();
            if (isDate(text, token, unit) || isArticle(token, unit) || isIdiom(text, token, unit, unitEnd)
                    || NotFigures.isLivingIdiom(token, unit) || isRateBase(text, token)) {
                return;
            }
            MentionKind kind = mentionKind(token, unit, unitEnd);
            if (kind != null) {
                mention(kind, token, unit, unitEnd);
                return;
            }
            RawFigure f = levelFigure(text, token, unit, unitEnd, shared.range(), shared.vague());
            if (shared.unitStart() > token.end() && !shared.range() && !shared.vague()) {
                f = f.withQuote(f.quoteStart(), token.end()); // 分别为5120和3360元: 5120 ends before the next number
            }
            if (NotFigures.isNarrativeSpan(text, unit, unitEnd, f.hasLevel() || f.bound() != Bound.EXACT
                    && f.bound() != Bound.ABOUT)) {
                mention(MentionKind.SPAN, token, unit, unitEnd);
                return;
            }
            if (f.level() == null && f.bound() == Bound.EXACT && NotFigures.isUngovernedCount(text, token, unit, unitEnd)) {
                mention(MentionKind.NAME, token, unit, unitEnd);
                return;
            }
            figures.add(f);
        }

        private MentionKind mentionKind(Token token, Units.Unit unit, int unitEnd) {
            if (NotFigures.isOrdinal(text, token, unit, unitEnd)) {
                return MentionKind.ORDINAL;
            }
            if (NotFigures.isInName(text, unit, unitEnd) || NotFigures.isRoundInName(text, token)) {
                return MentionKind.NAME;
            }
            if (NotFigures.isFirstN(text, token) || NotFigures.isTimeFrame(text, unit, unitEnd)) {
                return MentionKind.SPAN;
            }
            if (NotFigures.isScope(text, token, unit, unitEnd)) {
                return MentionKind.SCOPE;
            }
            if (Ranks.endsAtPlace(text, token.end()) && unit.base().length() == 1) {
                return MentionKind.MOVEMENT; // a place in a ranking (升至3位) is no count of anything
            }
            if (unit.kind() == Units.Kind.COUNT && unit.scale() == 1
                    && Enumerations.isEnumeration(text, token, unitEnd)) {
                return MentionKind.ENUMERATION;
            }
            return null;
        }

        private void mention(MentionKind kind, Token token, Units.Unit unit, int end) {
            int start = kind == MentionKind.SPAN || kind == MentionKind.MOVEMENT ? Math.max(0, token.start() - 2)
                    : token.start();
            start = Math.max(start, Clauses.clauseStart(text, token.start()));
            mentions.add(new RawMention(kind, token.start(), start, Math.min(text.length(), end), token.value(),
                    unit == null || unit.text().isEmpty() ? null : unit.text()));
        }

        /** 位列全省首位, 居榜首: ranks without a numeral. */
        void readPlaces() {
            for (Ranks.Place place : Ranks.places(text)) {
                if (place.rank().rank() != null) {
                    Token none = new Token(place.start(), place.end(), place.rank().rank(), false, false, false);
                    figures.add(rankFigure(text, none, place.start(), place.rank()));
                }
            }
        }

        void readBlanks() {
            for (Blanks.Blank blank : Blanks.find(text)) {
                String message = blank.unit().text().isEmpty()
                        ? NLS.bind(Messages.FigureExtractor_rateMissing,
                                text.substring(Math.max(0, blank.start() - 4), blank.start()))
                        : NLS.bind(Messages.FigureExtractor_numberMissing, blank.unit().text());
                problems.add(new TextProblem(blank.start(), Severity.WARNING, ImportCodes.MISSING_NUMBER, message));
                Token none = new Token(blank.start(), blank.start(), null, false, false, false);
                RawFigure f = levelFigure(text, none, blank.unit(), blank.start() + blank.unit().text().length(),
                        false, false);
                int clause = Clauses.clauseStart(text, blank.start());
                figures.add(f.withQuote(Math.min(f.quoteStart(), clause), f.quoteEnd()));
            }
        }
    }

    /**
     * The unit a number is read with.
     *
     * @param unitStart where the unit starts
     * @param range     whether the number is the lower end of a range (1—2户) whose upper end was taken
     * @param vague     whether 多 or 余 stood between a placeholder and its unit (x多批次)
     */
    private record Shared(Units.Unit unit, int unitStart, int unitEnd, boolean range, boolean vague) {
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

    /** 一个, 一名, 一批: the article, not the number one; 一万, 一亿 are numbers. */
    private static boolean isArticle(Token token, Units.Unit unit) {
        return token.chinese() && !token.about() && BigDecimal.ONE.equals(token.value())
                && unit.kind() != Units.Kind.MONEY && unit.scale() == 1;
    }

    private static RawFigure levelFigure(String text, Token token, Units.Unit unit, int unitEnd, boolean range,
            boolean vague) {
        int start = token.start();
        Qualifiers.Found qualifier = Qualifiers.of(text, start, token.end(), unitEnd, token.about() || vague,
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
        int suffix = Qualifiers.suffixLength(text, unitEnd);
        int quoteEnd = unitEnd + suffix;
        Indicators.Found indicator = suffix == 0 ? countedAfter(text, unit, unitEnd) : null;
        int quoteStart = Math.min(start, qualifierStartInClause(text, qualifier, start));
        String organisation = null;
        if (indicator != null) {
            quoteEnd = Math.max(quoteEnd, indicator.end());
        } else if (!NotFigures.isTimeUnit(unit)) {
            Indicators.Subject subject = Indicators.subjectBefore(text, start);
            indicator = subject.indicator();
            organisation = subject.organisation();
            if (subject.start() >= 0) {
                quoteStart = Math.min(quoteStart, subject.start());
            }
        }
        return new RawFigure(start, quoteStart, quoteEnd, indicator == null ? null : indicator.name(), organisation,
                value, unit.text().isEmpty() ? null : unit.text(), unit.kind(), qualifier.level(), bound, role, null,
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

    private static int qualifierStartInClause(String text, Qualifiers.Found qualifier, int start) {
        int clause = Clauses.clauseStart(text, start);
        int from = Math.min(start, qualifier.boundStart());
        return qualifier.levelStart() >= clause ? Math.min(from, qualifier.levelStart()) : from;
    }

    private static RawFigure rankFigure(String text, Token token, Ranks.Rank rank) {
        return rankFigure(text, token, Math.max(0, token.start() - 1), rank);
    }

    /**
     * A rank figure; {@code prefixStart} is where the rank phrase starts (第, 前, 倒数, or 首位 itself). A measure
     * right before it (总量第2、增幅第7) names what is ranked; Lists puts the level it measures in front.
     */
    private static RawFigure rankFigure(String text, Token token, int prefixStart, Ranks.Rank rank) {
        Qualifiers.Commitment commitment = Qualifiers.commitment(text, prefixStart);
        Level level = commitment == null ? null : commitment.level();
        Bound bound = rank.top() ? Bound.AT_MOST : Bound.EXACT;
        int subjectEnd = rankSubjectEnd(text, prefixStart, rank);
        Indicators.Found indicator = Ranks.measureBefore(text, subjectEnd);
        if (indicator == null) {
            indicator = Indicators.before(text, subjectEnd);
        }
        int quoteStart = indicator != null ? indicator.start() : Clauses.clauseStart(text, prefixStart);
        return new RawFigure(token.start(), Math.min(quoteStart, prefixStart), rank.end(),
                indicator == null ? null : indicator.name(), null, rank.rank(), null, null, level, bound,
                FigureRole.RANK, rank.of(), Periods.before(text, prefixStart));
    }

    /**
     * Zero targets: “零进京”, 零发生, 零事故. Quoted ones count only where the sentence aims at them
     * (实现“零赴蓉”目标, 确保“零发生”); “零距离” alone is a figure of speech.
     */
    private static List<RawFigure> zeroTargets(String text) {
        List<RawFigure> found = new ArrayList<>();
        Matcher m = ZERO.matcher(text);
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

    /** 突破万元大关: the round mark of a scale is one of it, at least when it was passed. */
    private static List<RawFigure> marks(String text) {
        List<RawFigure> found = new ArrayList<>();
        Matcher m = MARK.matcher(text);
        while (m.find()) {
            int at = m.start(2);
            String unit = m.group(2) + (m.group(3) == null ? "" : m.group(3));
            Units.Unit parsed = Units.at(text, at);
            Qualifiers.Commitment commitment = Qualifiers.commitment(text, at);
            Level level = commitment == null ? null : commitment.level();
            Bound bound = m.group(1) == null || m.group(1).equals("达到") ? Bound.EXACT : Bound.AT_LEAST;
            Indicators.Found indicator = Indicators.before(text, m.start());
            found.add(new RawFigure(at, m.start(), m.end(), indicator == null ? null : indicator.name(), null,
                    BigDecimal.ONE, unit, parsed == null ? Units.Kind.MONEY : parsed.kind(), level, bound,
                    Roles.level(text, at, level), null, Periods.before(text, m.start())));
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
