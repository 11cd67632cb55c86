/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import podium.importer.Qualifier;

/**
 * Reads how a figure is hedged. 确保 and 力争/争取 govern every figure after them up to the end of the
 * sentence (they head lists: 确保培育企业18户，零售总额完成96.7亿元以上); the others are bound to the number:
 * prefixes such as 近, 约, 不低于, 突破, 不超过, and suffixes such as 以上, 左右, 以内, 多, 余.
 */
final class Qualifiers {

    private static final Pattern COMMITMENT = Pattern.compile("确保|力争|争取|力促");
    private static final Pattern PREFIX = Pattern.compile(
            "(不低于|不少于|至少|突破|超过|(?<![赶])超|(?<=[投资总额])上|达到|不超过|不高于|控制在|不到|不足|"
                    + "(?<![最附靠亲])近|将近|接近|(?<![签制节公条预邀合契相盟])约|大约|仅|共|累计|分别)$");
    private static final String[] SUFFIX_AT_LEAST = {"以上", "多", "余"};

    private Qualifiers() {
    }

    /** The span of text (start, end) of the qualifier word found, or null, plus the qualifier itself. */
    record Found(Qualifier qualifier, int start) {
    }

    /**
     * The qualifier of the number at {@code [start, end)} whose unit ends at {@code unitEnd}.
     *
     * @param vague whether the number itself is vague (十几, 20多)
     */
    static Found of(CharSequence text, int start, int unitEnd, boolean vague) {
        Found commitment = commitment(text, start);
        if (commitment != null) {
            return commitment;
        }
        Found prefix = prefix(text, start);
        if (prefix != null && prefix.qualifier() != Qualifier.EXACT) {
            return prefix;
        }
        Qualifier suffix = suffix(text, unitEnd);
        if (suffix != null) {
            return new Found(suffix, start);
        }
        return new Found(vague ? Qualifier.ABOUT : Qualifier.EXACT, prefix != null ? prefix.start() : start);
    }

    /**
     * The nearest 确保/力争 before {@code start} in the same sentence, or null; semicolons do not end its
     * reach (年初提出了力争…；…；…的目标), and what was already ensured or obtained (确保了, 已争取) is no hedge.
     */
    static Found commitment(CharSequence text, int start) {
        int sentence = Clauses.statementStart(text, start);
        int clause = Clauses.sentenceStart(text, start);
        Matcher m = COMMITMENT.matcher(text).region(sentence, start);
        Found found = null;
        while (m.find()) {
            boolean past = m.end() < text.length() && (text.charAt(m.end()) == '了' || text.charAt(m.end()) == '到')
                    || m.start() > 0 && text.charAt(m.start() - 1) == '已';
            // 确保 and 力争 head lists across semicolons; 争取 (also "obtained") only within its own part
            boolean reaches = m.group().equals("确保") || m.group().equals("力争") || m.start() >= clause;
            if (!past && reaches) {
                found = new Found(m.group().equals("确保") ? Qualifier.GUARANTEE : Qualifier.STRIVE, m.start());
            }
        }
        return found;
    }

    private static Found prefix(CharSequence text, int start) {
        int from = Math.max(Clauses.clauseStart(text, start), start - 4);
        Matcher m = PREFIX.matcher(text).region(from, start);
        if (!m.find()) {
            return null;
        }
        Qualifier q = switch (m.group(1)) {
            case "不低于", "不少于", "至少", "突破", "超过", "超" -> Qualifier.AT_LEAST;
            case "不超过", "不高于", "控制在", "不到", "不足" -> Qualifier.AT_MOST;
            case "上" -> Qualifier.AT_LEAST;
            case "近", "将近", "接近", "约", "大约" -> Qualifier.ABOUT;
            default -> Qualifier.EXACT;
        };
        return new Found(q, m.start(1));
    }

    /** 以上/以下/以内/左右/上下, or 多/余 after the unit ({@code 3万多元} reads 多 before the unit). */
    static Qualifier suffix(CharSequence text, int unitEnd) {
        if (Units.startsWith(text, unitEnd, "以内") || Units.startsWith(text, unitEnd, "以下")) {
            return Qualifier.AT_MOST;
        }
        if (Units.startsWith(text, unitEnd, "左右") || Units.startsWith(text, unitEnd, "上下")) {
            return Qualifier.ABOUT;
        }
        if (Units.startsWith(text, unitEnd, SUFFIX_AT_LEAST[0])) {
            return Qualifier.AT_LEAST;
        }
        if (Units.startsWith(text, unitEnd, "多") || Units.startsWith(text, unitEnd, "余")) {
            return Qualifier.ABOUT;
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
