/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import podium.importer.Bound;
import podium.importer.Level;
import podium.importer.internal.cleanup.WordDictionary;

/**
 * Reads how a figure is hedged, as two separate things: its level and its bound. 确保 and 力争/争取 set the
 * level of every figure after them up to the end of the sentence (they head lists: 确保培育企业18户，零售总额完成
 * 96.7亿元以上); the bound is bound to the number: prefixes such as 近, 约, 不低于, 突破, 不超过, and suffixes
 * such as 以上, 左右, 以内, 多, 余. A figure can have both: 力争控制在3.5%以内 strives for at most 3.5%.
 */
final class Qualifiers {

    private static final Pattern COMMITMENT = Pattern.compile("确保|力争|争取|力促");
    private static final Pattern PREFIX = Pattern.compile(
            "(不低于|不少于|至少|突破|超过|超出|超|上|达到|不超过|不高于|控制在|不到|不足|"
                    + "(?<![最附靠亲])近|将近|接近|(?<![签制节公条预邀合契相盟])约|大约|仅|共|累计|分别)$");
    private static final String ROUND = "十百千万亿";
    /** A bound verb governing a share across the whole it is a share of: 不少于全市资金总量的50%. */
    private static final Pattern SHARE_BOUND = Pattern.compile(
            "(不低于|不少于|至少|超过|不超过|不高于|控制在)[^，。；、]{1,16}的$");

    private Qualifiers() {
    }

    /**
     * The hedge of one figure.
     *
     * @param level      确保 or 力争, null when neither governs the figure
     * @param levelStart where the 确保/力争 word starts, -1 without one
     * @param bound      the bound the number carries
     * @param boundStart where the bound's prefix starts, or the number when it has none (or a suffix)
     */
    record Found(Level level, int levelStart, Bound bound, int boundStart) {
    }

    /** A 确保/力争 word governing a figure, and where it starts. */
    record Commitment(Level level, int start) {
    }

    /**
     * The hedge of the number at {@code [start, end)} whose unit ends at {@code unitEnd}.
     *
     * @param vague    whether the number itself is vague (十几, 20多)
     * @param money    whether the unit is an amount of money (上 before it means "over")
     */
    static Found of(CharSequence text, int start, int end, int unitEnd, boolean vague, boolean money) {
        Commitment commitment = commitment(text, start);
        Found prefix = prefix(text, start, end, money);
        if (prefix == null) {
            prefix = shareBound(text, start);
        }
        Bound bound = prefix != null ? prefix.bound() : null;
        if (bound == null || bound == Bound.EXACT) {
            Bound suffix = suffix(text, unitEnd);
            bound = suffix != null ? suffix : vague ? Bound.ABOUT : Bound.EXACT;
        }
        return new Found(commitment == null ? null : commitment.level(), commitment == null ? -1 : commitment.start(),
                bound, prefix != null ? prefix.boundStart() : start);
    }

    /**
     * The nearest 确保/力争 before {@code start} in the same sentence, or null; semicolons do not end its
     * reach (年初提出了力争…；…；…的目标), and what was already ensured or obtained (确保了, 已争取) is no hedge.
     */
    static Commitment commitment(CharSequence text, int start) {
        int sentence = Clauses.statementStart(text, start);
        int clause = Clauses.sentenceStart(text, start);
        Matcher m = COMMITMENT.matcher(text).region(sentence, start);
        Commitment found = null;
        while (m.find()) {
            boolean past = m.end() < text.length() && (text.charAt(m.end()) == '了' || text.charAt(m.end()) == '到')
                    || m.start() > 0 && text.charAt(m.start() - 1) == '已'
                    || m.group().equals("争取") && obtains(text, m.start(), start);
            // 确保 and 力争 head lists across semicolons; 争取 (also "obtained") only within its own part
            boolean reaches = m.group().equals("确保") || m.group().equals("力争") || m.start() >= clause;
            if (!past && reaches) {
                found = new Commitment(m.group().equals("确保") ? Level.GUARANTEE : Level.STRIVE, m.start());
            }
        }
        return found;
    }

    /**
     * 争取 also means "to obtain": with a fund as its object right up to the number (为企业争取资金300万元,
     * 争取上级专项资金500万元) it reports what was obtained, not a level striven for.
     */
    static boolean obtains(CharSequence text, int zhengqu, int start) {
        int end = zhengqu + 2;
        if (start - end > MAX_OBJECT || end > start) {
            return false;
        }
        String object = OBJECT_END.matcher(text.subSequence(end, start)).replaceFirst("");
        return !object.isEmpty() && object.codePoints().allMatch(Character::isIdeographic)
                && IndicatorHeads.endsWithMoneyHead(object);
    }

    private static final int MAX_OBJECT = 10;
    private static final Pattern OBJECT_END = Pattern.compile("(?:达到|共计|共|约|近|为|了)$");

    private static Found shareBound(CharSequence text, int start) {
        Matcher m = SHARE_BOUND.matcher(text).region(Clauses.clauseStart(text, start), start);
        if (!m.find()) {
            return null;
        }
        Bound bound = m.group(1).startsWith("不超") || m.group(1).startsWith("不高") || m.group(1).equals("控制在")
                ? Bound.AT_MOST : Bound.AT_LEAST;
        return new Found(null, -1, bound, m.start(1));
    }

    private static Found prefix(CharSequence text, int start, int end, boolean money) {
        int from = Math.max(Clauses.clauseStart(text, start), start - 4);
        Matcher m = PREFIX.matcher(text).region(from, start);
        if (!m.find()) {
            return null;
        }
        String word = m.group(1);
        if ((word.equals("超") || word.equals("上")) && !isOverPrefix(text, m.start(1), start, end, money)) {
            return null;
        }
        Bound bound = switch (word) {
            case "不低于", "不少于", "至少", "突破", "超过", "超出", "超", "上" -> Bound.AT_LEAST;
            case "不超过", "不高于", "控制在", "不到", "不足" -> Bound.AT_MOST;
            case "近", "将近", "接近", "约", "大约" -> Bound.ABOUT;
            default -> Bound.EXACT;
        };
        return new Found(null, -1, bound, m.start(1));
    }

    /**
     * 超 and 上 right before a number mean "over" (超8000万美元, 投资上亿元, 上千人) unless they end a word with
     * the character before them (赶超, 会上). 上 before a count is also the verb "to set up" (上两条生产线), so it
     * is only read as "over" before an amount of money or a round hundred, thousand or more (上百家, 上千人).
     */
    private static boolean isOverPrefix(CharSequence text, int at, int start, int end, boolean money) {
        if (at > 0 && WordDictionary.icu().cost(text.subSequence(at - 1, at + 1)) >= 0) {
            return false;
        }
        if (text.charAt(at) == '超') {
            return true;
        }
        boolean round = end - start == 1 && ROUND.indexOf(text.charAt(start)) >= 0;
        return money || round;
    }

    /** 以上/以下/以内/左右/上下, or 多/余 after the unit ({@code 3万多元} reads 多 before the unit). */
    static Bound suffix(CharSequence text, int unitEnd) {
        if (Units.startsWith(text, unitEnd, "以内") || Units.startsWith(text, unitEnd, "以下")) {
            return Bound.AT_MOST;
        }
        if (Units.startsWith(text, unitEnd, "左右") || Units.startsWith(text, unitEnd, "上下")) {
            return Bound.ABOUT;
        }
        if (Units.startsWith(text, unitEnd, "以上")) {
            return Bound.AT_LEAST;
        }
        if (Units.startsWith(text, unitEnd, "多") || Units.startsWith(text, unitEnd, "余")) {
            return Bound.ABOUT;
        }
        return null;
    }

    /** How many characters of suffix follow the unit. */
    static int suffixLength(CharSequence text, int unitEnd) {
        for (String s : new String[] {"以上", "以下", "以内", "左右", "上下"}) {
            if (Units.startsWith(text, unitEnd, s)) {
                return 2;
            }
        }
        return Units.startsWith(text, unitEnd, "多") || Units.startsWith(text, unitEnd, "余") ? 1 : 0;
    }
}
