/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ranks: {@code 排名第二}, {@code 暂列全市第一}, {@code 在全省21个统计单位中排名第16位} (rank 16 of 21),
 * {@code 倒数第二} among 18 (rank 17), {@code 居首位}, and {@code 前10位} (at most 10th).
 */
final class Ranks {

    /**
     * A rank found at a number.
     *
     * @param rank      the rank counted from the top, null when counted from the bottom of an unknown group
     * @param of        the size of the peer group when stated
     * @param ofStart   where the group size's number starts, so it is not read again as a count; -1 if none
     * @param top       whether it reads "among the first n" ({@code 前10位})
     * @param end       just after the rank phrase ({@code 位}/{@code 名} included)
     */
    record Rank(BigDecimal rank, Integer of, int ofStart, boolean top, int end) {
    }

    private static final Pattern RANK_VERB = Pattern.compile(
            "(?:排名|排位|排在|排|列|居|位居|位列|名列|位于|暂列|保持|倒数|进入|跻身)[^，。；、]{0,8}$");
    private static final Pattern GROUP = Pattern.compile(
            "(\\d+|[一二三四五六七八九十]{1,3})个[^，。；]{1,12}?(?:中|里|之中|当中)[^，。；]{0,6}$");

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
        boolean position = end < text.length() && (text.charAt(end) == '位' || text.charAt(end) == '名')
                && !(end + 1 < text.length() && text.charAt(end + 1) == '的'); // 第一位的任务: first priority
        int clause = Clauses.clauseStart(text, prefixStart);
        CharSequence before = text.subSequence(clause, prefixStart);
        boolean verb = RANK_VERB.matcher(before).find();
        boolean reverse = prefixStart >= 2 && text.subSequence(prefixStart - 2, prefixStart).toString().equals("倒数");
        if (!verb && !(position && ordinal && clause < prefixStart)) {
            return null;
        }
        if (top && !position) {
            return null;
        }
        Matcher group = GROUP.matcher(before);
        Integer of = null;
        int ofStart = -1;
        if (group.find()) {
            BigDecimal size = group.group(1).chars().allMatch(Character::isDigit)
                    ? new BigDecimal(group.group(1)) : ChineseNumerals.parse(group.group(1));
            of = size == null ? null : size.intValue();
            ofStart = clause + group.start(1);
        }
        BigDecimal rank = token.value();
        if (reverse) {
            rank = of == null ? null : BigDecimal.valueOf(of - token.value().intValue() + 1L);
        }
        return new Rank(rank, of, ofStart, top, position ? end + 1 : end);
    }
}
