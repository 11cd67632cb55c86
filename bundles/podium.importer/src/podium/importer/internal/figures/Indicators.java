/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import podium.importer.internal.cleanup.WordDictionary;

/**
 * Finds the indicator a figure measures: the noun phrase after a count ({@code 100个区级重点项目}) or the
 * noun phrase that precedes the number in its clause, once verbs, hedges and scope words are peeled
 * off ({@code 全区gdp完成136.5亿元 → gdp}, {@code 实际利用外资3750万美元 → 实际利用外资}).
 */
final class Indicators {

    /**
     * An indicator and where it starts in the text.
     *
     * @param start where the phrase starts; the quote of the figure starts there when it is on the left
     */
    record Found(String name, int start, int end) {
    }

    /**
     * What the phrase before a number says: the indicator and the organisation it is stated for, either null.
     *
     * @param start where the phrase starts in the text, -1 when there is none
     */
    record Subject(Found indicator, String organisation, int start) {
    }

    private static final int MAX_LENGTH = 14;
    /** 仅占全省的, 占年度计划的: the whole of a share, after the level it is a share of. */
    private static final Pattern SHARE_OF = Pattern.compile("(?:仅|只|约|已)?占[^，。；占]*的$");
    private static final int MAX_RIGHT = 8;
    /** How far a headless phrase may run across enumeration commas and 的 to reach its head. */
    private static final int MAX_JOINED = 16;
    private static final String JOINT = "、的";
    private static final Pattern TRAILING = Pattern.compile(
            "(?:完成了?|实现了?|达到了?|不到|不足|省定|市定|县定|达|为|是|有|共计|共|累计|合计|总计|新增|同比|分别|增长|下降|减少|增加|提高|提升|上升|"
                    + "降低|回落|下滑|增速|增幅|较|比上年|同口径|确保|力争|争取|力促|突破|超过|赶超|超|不低于|不少于|不超过|控制在|"
                    + "将近|接近|近|大约|约|仅|已经|已|再|了|的|到|至|在|占|排名|排|位居|位列|名列|暂列|列|居|进入|跻身|保持|只有|仍有|"
                    + "要|将|必须|须|年内|年底前|全年|今年|当年|预计|全省|全市|全国|全区|全县|全州|全镇|上|由|从|稳定在|保持在|年均|"
                    + "(?:上升|下降|提升|前移|后移|回落|跃升|退|升|降)(?:到|至)|(?<!同)(?:较|比|与)[^，。]{0,8}|"
                    + "(?<!不)(?:高于|低于|快于|慢于|高出)[^，。]{0,8})$");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:以上的|以下的|了|的|由|没有|即便是|即使是?|就|全区|全县|全市|全省|全国|全州|全镇|全乡|我区|我县|我市|今年|去年|上半年|下半年|年内|全年|目前|其中|共|累计|新增|完成|"
                    + "实现|引进|已经|已|对|把|将|使|在(?![谈建内])|要|力争|确保|争取|力促|并|和|及|与|同时|特别是|尤其是|另外|此外|截[止至]"
                    + "[^，。]{0,6}?(?:月底|目前|年底)|\\d{1,2}[-—–~至]\\d{1,2}月份?|\\d{1,2}月份?|\\d{4}年|[一二三四]季度|前三季度)");
    /** Verbs and prepositions after which the indicator starts: 计划在我县投资 → 投资. */
    private static final Pattern CUT = Pattern.compile(
            "(?:完成|实现|达到|引进|新增|培育|举办|组织|发放|争取|确保|力争|力促|占|已经|已|在(?![谈建内])|对(?!外)|向|从)");
    private static final String NOUN_STOP = "，。；、：（）的之中等在已正将要和与及共了完实达是为有必被把对向从按均都也还仍没未来赴";
    private static final Pattern VERB_AHEAD = Pattern.compile(
            "进行|进展|进入|经过|经营|开展|开工|实现|完成|达到|取得|全部|全面|入手|加强|督促|推进|参加|办理|实施|"
                    + "提供|组织|落户|投产|建成|列入|深入|认识|做好|抓好");

    private Indicators() {
    }

    /**
     * The noun phrase right after a count unit ({@code 38个项目}, {@code 两个“1113”工程}), or null. It ends at
     * the last indicator head when it runs on into what is done with the things counted
     * ({@code 25个改造项目策划包装} → 改造项目); a phrase without a head continues across an enumeration
     * comma or 的 to the head they lead to ({@code 20家棉纺织、植物油企业}, {@code 五期不同层次的培训班}).
     */
    static Found after(CharSequence text, int unitEnd) {
        int end = nounEnd(text, unitEnd, MAX_RIGHT);
        if (end - unitEnd < 2) {
            return null;
        }
        int head = IndicatorHeads.lastHeadEnd(text.subSequence(unitEnd, end));
        if (head < 0) {
            Found joined = joinedToHead(text, unitEnd, end);
            if (joined != null) {
                return joined;
            }
        }
        int cut = head >= 2 ? unitEnd + head : end;
        return new Found(text.subSequence(unitEnd, cut).toString(), unitEnd, cut);
    }

    /** The end of the run of noun characters from {@code from}; digits count only inside quotes (“1113”). */
    private static int nounEnd(CharSequence text, int from, int max) {
        int end = from;
        boolean quoted = false;
        while (end < text.length() && end - from < max && isNounChar(text, end, quoted)) {
            quoted ^= text.charAt(end) == '“' || text.charAt(end) == '”';
            end++;
        }
        return end;
    }

    private static Found joinedToHead(CharSequence text, int start, int end) {
        int at = end;
        int lastJoint = -1;
        while (at < text.length() && JOINT.indexOf(text.charAt(at)) >= 0 && at - start < MAX_JOINED) {
            if (text.charAt(at) == '的') {
                lastJoint = at + 1;
            }
            int next = nounEnd(text, at + 1, MAX_RIGHT);
            if (next == at + 1) {
                return null;
            }
            int head = IndicatorHeads.lastHeadEnd(text.subSequence(at + 1, next));
            if (head >= 0) {
                int from = lastJoint < 0 ? start : lastJoint;
                return new Found(text.subSequence(from, at + 1 + head).toString(), from, at + 1 + head);
            }
            at = next;
        }
        return null;
    }

    private static boolean isNounChar(CharSequence text, int i, boolean quoted) {
        char c = text.charAt(i);
        if (c == '“' || c == '”' || quoted && c >= '0' && c <= '9') {
            return true;
        }
        return Character.isIdeographic(c) && NOUN_STOP.indexOf(c) < 0
                && !VERB_AHEAD.matcher(text).region(i, Math.min(text.length(), i + 2)).lookingAt();
    }

    /** The noun phrase before the number at {@code start} in its clause, or null. */
    static Found before(CharSequence text, int start) {
        return subjectBefore(text, start).indicator();
    }

    /**
     * The noun phrase before the number at {@code start} in its clause, once verbs, hedges and scope words are
     * peeled off, split into the organisation that is its subject, if any, and the indicator after it.
     */
    static Subject subjectBefore(CharSequence text, int start) {
        int clause = afterPreviousFigure(text, Clauses.clauseStart(text, start), start);
        String phrase = text.subSequence(clause, start).toString();
        Matcher share = SHARE_OF.matcher(phrase);
        if (share.find()) {
            phrase = phrase.substring(0, share.start()); // 实际利用外资仅占全省的2.1%: what the share is of stands before 占
        }
        int offset = clause;
        String organisation = null;
        int organisationStart = -1;
        String led = phrase;
        for (String shorter = stripLeading(led); !shorter.equals(led); shorter = stripLeading(led)) {
            led = shorter;
        }
        int named = Organisations.nameEnd(led);
        if (named > 0) { // 其中东山县确保引资: the unit before its level and task
            offset += phrase.length() - led.length();
            organisation = led.substring(0, named);
            organisationStart = offset;
            offset += named;
            phrase = led.substring(named);
        }
        String previous;
        do {
            previous = phrase;
            phrase = strip(TRAILING, phrase, false);
            int lastCut = lastCut(phrase);
            if (lastCut > 0 && lastCut < phrase.length()) {
                offset += lastCut;
                phrase = phrase.substring(lastCut);
            }
            led = stripLeading(phrase);
            offset += phrase.length() - led.length();
            phrase = led;
            int name = Organisations.nameEnd(phrase);
            if (name > 0) {
                organisation = phrase.substring(0, name);
                organisationStart = offset;
                offset += name;
                phrase = phrase.substring(name);
            }
        } while (!phrase.equals(previous) && !phrase.isEmpty());
        Found indicator = phrase.isEmpty() || phrase.length() > MAX_LENGTH || !Character.isIdeographic(phrase.charAt(0))
                && !Character.isLetter(phrase.charAt(0)) ? null : new Found(phrase, offset, offset + phrase.length());
        int subjectStart = organisationStart >= 0 ? organisationStart : indicator == null ? -1 : indicator.start();
        return new Subject(indicator, organisation, subjectStart);
    }

    /**
     * Where the last verb or preposition in {@code phrase} ends. A one-character preposition that begins a
     * word (从业人员, 在建项目) is part of that word, not a cut.
     */
    private static int lastCut(String phrase) {
        Matcher cut = CUT.matcher(phrase);
        int last = -1;
        while (cut.find()) {
            if (cut.end() - cut.start() > 1 || !beginsWord(phrase, cut.start(), cut.end())) {
                last = cut.end();
            }
        }
        return last;
    }

    private static boolean beginsWord(String phrase, int start, int end) {
        for (int k = end + 1; k <= Math.min(phrase.length(), start + 4); k++) {
            if (WordDictionary.icu().cost(phrase.substring(start, k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** What makes the number before it a date or a span of months (2004年, 1-7月, 5月份), not an amount. */
    private static final Pattern DATE_AFTER_NUMBER = Pattern.compile(
            "(?:[-—–~至]\\d{1,2})?(?:月份|月(?!度)|年(?![均度])|日|号)");

    /**
     * Where the phrase before a number starts when another amount stands in the clause: after its unit. A date
     * (1-7月, 5月份) is no amount: the phrase goes on across it and its leading time words are peeled off later.
     */
    private static int afterPreviousFigure(CharSequence text, int clause, int start) {
        int from = clause;
        for (int i = clause; i < start; i++) {
            if (Character.isDigit(text.charAt(i))) {
                int end = i + 1;
                while (end < start && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                Matcher date = DATE_AFTER_NUMBER.matcher(text).region(end, start);
                if (date.lookingAt()) { // 1-7月全市实际利用外资, 5月份全市…: a date is no amount, the phrase goes on
                    i = date.end() - 1;
                    continue;
                }
                Units.Unit unit = Units.at(text, end);
                from = Math.min(start, unit == null ? end : end + unit.text().length());
                i = from - 1;
            }
        }
        return from;
    }

    /** Peels a leading scope, time or hedge word, but not a one-character word that begins a longer one (在建). */
    private static String stripLeading(String phrase) {
        Matcher m = LEADING.matcher(phrase);
        if (m.find() && m.end() == 1 && beginsWord(phrase, 0, 1)) {
            return phrase;
        }
        return strip(LEADING, phrase, true);
    }

    private static String strip(Pattern pattern, String phrase, boolean leading) {
        Matcher m = pattern.matcher(phrase);
        if (m.find() && m.end() - m.start() < phrase.length()) {
            return leading ? phrase.substring(m.end()) : phrase.substring(0, m.start());
        }
        if (m.find(0) && m.end() - m.start() == phrase.length()) {
            return "";
        }
        return phrase;
    }
}
