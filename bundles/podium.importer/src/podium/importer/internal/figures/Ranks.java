/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ranks in the forms bulletins use: an ordinal after a ranking verb ({@code 排名第二}, {@code 暂列全市第一},
 * {@code 居第8位}), after a scope ({@code 全市第一}) or after the measure ranked ({@code 总量第2、增幅第7}), with the
 * peer group when it is named ({@code 在全省21个统计单位中排名第16位}: rank 16 of 21), counted from the bottom
 * ({@code 倒数第二} among 18 is rank 17), the first place without a numeral ({@code 位列全省首位}), the first n
 * ({@code 前10位}), and lists of ranks sharing one 位 ({@code 分别排第8位、第11位}, {@code 第3、4位}). A number of
 * places moved ({@code 较上月前移3位}) is a movement, not a rank.
 */
final class Ranks {

    /**
     * A rank found at a number.
     *
     * @param rank    the rank counted from the top, null when counted from the bottom of an unknown group
     * @param of      the size of the peer group when stated
     * @param ofStart where the group size's number starts, so it is not read again as a count; -1 if none
     * @param top     whether it reads "among the first n" ({@code 前10位})
     * @param end     just after the rank phrase ({@code 位}/{@code 名} included)
     */
    record Rank(BigDecimal rank, Integer of, int ofStart, boolean top, int end) {
    }

    /** A rank with no numeral (首位, 榜首, 末位) and where it stands. */
    record Place(int start, int end, Rank rank) {
    }

    /** A ranking verb up to twelve characters before the ordinal; 安排, 排查, 列入, 居民 and the like are other words. */
    private static final Pattern RANK_VERB = Pattern.compile(
            "(?:排名|排位|排在|(?<![安编])排(?![查除放污])|(?<![系行并])列(?![入出为车表])|(?<![民])居(?![民住])"
                    + "|位居|位列|名列|位于|暂列|保持|倒数|进入|跻身|位次|名次)[^，。；]{0,12}$");
    /** A scope or a measure right before the ordinal: 全市第一, 总量第2, 增速第三. */
    private static final Pattern RANK_LEAD = Pattern.compile(
            "(?:全国|全省|全市|全州|全县|全区|全镇|全行业|同类|总量|增速|增幅|增量|规模|总额|位次|名次|排名)$");
    private static final Pattern GROUP = Pattern.compile(
            "(\\d+|[一二三四五六七八九十]{1,3})个[^，。；]{1,12}?(?:中|里|之中|当中)[^，。；]{0,6}$");
    /** Verbs that move a rank by a number of places: 前移3位, 上升两位, 后退1位, 进了2位. */
    private static final Pattern MOVE = Pattern.compile(
            "(?:前移|后移|上移|下移|上升|下降|提升|提高|前进|后退|跃升|回落|下滑|退后|进位|退|进|升|降)了?$");
    private static final Pattern PLACE = Pattern.compile("(首位|榜首|末位|最后一名)");
    private static final String PART_END = "，。；！？：\n";

    private Ranks() {
    }

    /** The rank whose number is {@code token}, or null when the number is not a rank. */
    static Rank at(CharSequence text, NumberScanner.Token token) {
        if (token.value() == null || token.about()) {
            return null;
        }
        int start = token.start();
        boolean ordinal = start > 0 && text.charAt(start - 1) == '第';
        boolean top = start > 0 && text.charAt(start - 1) == '前';
        if (!ordinal && !top) {
            return null;
        }
        int prefixStart = start - 1;
        int end = token.end();
        boolean position = isPositionWord(text, end);
        Units.Unit counted = Units.at(text, end);
        if (!position && counted != null) {
            return null; // an ordinal of something counted: 第一次, 第六批, 前5个月
        }
        int part = partStart(text, prefixStart);
        CharSequence before = text.subSequence(part, prefixStart);
        boolean context = RANK_VERB.matcher(before).find() || RANK_LEAD.matcher(before).find();
        if (!context && !(position && ordinal && Clauses.clauseStart(text, prefixStart) < prefixStart)) {
            return null;
        }
        if (top && !position) {
            return null;
        }
        return rank(text, token, before, part, position ? end + 1 : end);
    }

    private static Rank rank(CharSequence text, NumberScanner.Token token, CharSequence before, int part, int end) {
        Matcher group = GROUP.matcher(before);
        Integer of = null;
        int ofStart = -1;
        if (group.find()) {
            BigDecimal size = group.group(1).chars().allMatch(Character::isDigit)
                    ? new BigDecimal(group.group(1)) : ChineseNumerals.parse(group.group(1));
            of = size == null ? null : size.intValue();
            ofStart = part + group.start(1);
        }
        int prefixStart = token.start() - 1;
        boolean reverse = prefixStart >= 2 && text.subSequence(prefixStart - 2, prefixStart).toString().equals("倒数");
        BigDecimal rank = token.value();
        if (reverse) {
            rank = of == null ? null : BigDecimal.valueOf(of - token.value().intValue() + 1L);
        }
        return new Rank(rank, of, ofStart, text.charAt(prefixStart) == '前', end);
    }

    /**
     * A number that continues a list of ranks without its own 第 ({@code 第3、4位}, {@code 第3和第5位}): the
     * number right after a rank and a list mark, closed by 位 or 名 (or followed by the next rank of the list).
     */
    static Rank continuing(CharSequence text, NumberScanner.Token token, Rank previous, int previousEnd) {
        if (previous == null || token.value() == null || token.about()) {
            return null;
        }
        String between = text.subSequence(previousEnd, token.start()).toString();
        if (!between.matches("[、和及与至到或]第?")) {
            return null;
        }
        boolean closed = isPositionWord(text, token.end());
        boolean listed = token.end() < text.length() && "、和及与".indexOf(text.charAt(token.end())) >= 0;
        if (!closed && !listed) {
            return null;
        }
        return new Rank(token.value(), previous.of(), -1, previous.top(), closed ? token.end() + 1 : token.end());
    }

    private static final Pattern MEASURE = Pattern.compile("(?:总量|增速|增幅|增量|规模|总额)$");

    /** The measure ranked when it stands right before the rank (增幅第7, 总量居全省第2): 增幅, 总量. */
    static Indicators.Found measureBefore(CharSequence text, int end) {
        int part = partStart(text, end);
        String before = text.subSequence(part, end).toString().replaceFirst(
                "(?:位居|位列|名列|暂列|排名|排在|排|列|居)?(?:全国|全省|全市|全州|全县|全区|全镇)?(?:倒数)?$", "");
        Matcher m = MEASURE.matcher(before);
        if (!m.find() || m.start() > 0 && Character.isIdeographic(before.charAt(m.start() - 1))) {
            return null;
        }
        return new Indicators.Found(m.group(), part + m.start(), part + m.end());
    }

    /** Whether a number followed by 位 or 名 at {@code end} moves a rank (前移3位) rather than counting anything. */
    static boolean isMovement(CharSequence text, NumberScanner.Token token) {
        if (!endsAtPlace(text, token.end())) {
            return false;
        }
        int from = Math.max(Clauses.clauseStart(text, token.start()), token.start() - 3);
        return MOVE.matcher(text).region(from, token.start()).find();
    }

    /**
     * Whether {@code 位} or {@code 名} at {@code end} closes a position (第3位, 前移3位) rather than counting people
     * (3位专家, 5名干部): a count of people names them right after; 第一位的 is "the first priority".
     */
    static boolean isPositionWord(CharSequence text, int end) {
        if (end >= text.length() || text.charAt(end) != '位' && text.charAt(end) != '名') {
            return false;
        }
        return end + 1 >= text.length() || text.charAt(end + 1) != '的';
    }

    /**
     * Whether {@code 位} or {@code 名} at {@code end} ends the phrase (前移3位。, 升至第5名，): a place in a ranking.
     * A count of people in 位 or 名 names the people right after (3位专家, 5名干部).
     */
    static boolean endsAtPlace(CharSequence text, int end) {
        if (end >= text.length() || text.charAt(end) != '位' && text.charAt(end) != '名') {
            return false;
        }
        return end + 1 >= text.length() || !Character.isIdeographic(text.charAt(end + 1));
    }

    /** Ranks without a numeral: 位列全省首位, 居榜首 (1); 末位 and 最后一名 count from the bottom of the group. */
    static List<Place> places(CharSequence text) {
        List<Place> found = new ArrayList<>();
        Matcher m = PLACE.matcher(text);
        while (m.find()) {
            int part = partStart(text, m.start());
            CharSequence before = text.subSequence(part, m.start());
            if (!RANK_VERB.matcher(before).find() && !RANK_LEAD.matcher(before).find()) {
                continue;
            }
            Matcher group = GROUP.matcher(before);
            Integer of = group.find() ? sizeOf(group.group(1)) : null;
            int ofStart = of == null ? -1 : part + group.start(1);
            boolean last = m.group(1).equals("末位") || m.group(1).equals("最后一名");
            BigDecimal rank = last ? of == null ? null : BigDecimal.valueOf(of) : BigDecimal.ONE;
            found.add(new Place(m.start(), m.end(), new Rank(rank, of, ofStart, false, m.end())));
        }
        return found;
    }

    private static Integer sizeOf(String number) {
        BigDecimal size = number.chars().allMatch(Character::isDigit) ? new BigDecimal(number)
                : ChineseNumerals.parse(number);
        return size == null ? null : size.intValue();
    }

    /** The start of the part of the sentence a rank belongs to: after the last comma or stop, across 、. */
    private static int partStart(CharSequence text, int i) {
        int k = i;
        while (k > 0 && PART_END.indexOf(text.charAt(k - 1)) < 0) {
            k--;
        }
        return k;
    }
}
