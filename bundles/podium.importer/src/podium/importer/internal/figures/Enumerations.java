/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Recognises counts that enumerate the parts of the speech or of its argument ({@code 讲三个方面},
 * {@code 两个关键}, {@code 五个方面工作：一是…}) rather than state a quantity that anyone could measure.
 */
final class Enumerations {

    /**
     * Nouns that name a part of a topic. A count of them says how a matter is divided up for discussion
     * ({@code 从三个方面入手}, {@code 三个层面}, {@code 四个环节}), whatever noun follows them as a modifier
     * ({@code 四个方面工作} is "the work, in four respects"), so such a count is never a quantity.
     */
    private static final Pattern PART_NOUN = Pattern.compile("^(?:方面|层面|环节|阶段|部分|角度|维度|领域|层次)");
    /**
     * Abstract heads: what a speaker sets out one by one (opinions, problems, priorities, tasks, measures,
     * requirements, principles, relations, ideas, roles). When such a noun is the head of the counted
     * phrase and the count is small enough to be listed in the speech, the count announces that list
     * ({@code 三点意见}, {@code 两种职能}, {@code 抓住三个重点}); large counts of tasks or problems
     * ({@code 50项重点工作任务}, {@code 化解问题120个}) are real quantities that a plan tracks.
     */
    private static final Pattern ABSTRACT_HEAD = Pattern.compile(
            "(?:意见|建议|体会|看法|问题|重点|关键|任务|措施|举措|办法|要求|原则|关系|理念|思想|观念|意识|职能|作用|"
                    + "目标|思路|途径|路径|机制|体系|转变|结合|坚持|抓手|突破口|着力点|优势|机遇|挑战|短板|事关|"
                    + "事|事情|大事|工作|特点|原因|变化|亮点|成效|成绩|经验|做法|启示|教训|不足|难题|矛盾|风险|突破|新突破)$");
    /** Speaking verbs: a count of abstract heads after them counts what is said, however many (讲了12个问题). */
    private static final Pattern SPEECH_VERB = Pattern.compile("(?:讲|谈|说|提|强调|汇报|交流)");
    /** The most parts a speaker enumerates in one breath; counts above it are not a list being announced. */
    private static final BigDecimal LISTABLE = BigDecimal.TEN;
    /** What opens the first item of a list: 一是, 一要, 第一, 首先, 一、, （一）, 1. */
    private static final Pattern FIRST_ITEM = Pattern.compile(
            "\\s*(?:一是|一要|一抓|第一|首先|其一|一、|（一）|\\(一\\)|1[.．、]|（1）|\\(1\\))");

    private Enumerations() {
    }

    /**
     * Whether the count at {@code token} with a count unit ending at {@code unitEnd} enumerates parts of
     * the speech: its noun is a part noun, an abstract head of a short list, or a coined term in quotes
     * ({@code 三个“事关”}: a count of slogans, not of things), or the count introduces the list that follows
     * it ({@code 抓好三件事：一是…}).
     */
    static boolean isEnumeration(CharSequence text, NumberScanner.Token token, int unitEnd) {
        if (unitEnd < text.length() && text.charAt(unitEnd) == '“') {
            return true;
        }
        Indicators.Found noun = Indicators.after(text, unitEnd);
        String counted = noun == null ? followingWord(text, unitEnd) : noun.name();
        if (PART_NOUN.matcher(counted).find()) {
            return true;
        }
        boolean listable = token.value() != null && token.value().compareTo(LISTABLE) <= 0;
        boolean abstractHead = ABSTRACT_HEAD.matcher(counted).find();
        if (abstractHead && (listable || isSaid(text, token.start()))) {
            return true;
        }
        return listable && introducesList(text, noun == null ? unitEnd : noun.end());
    }

    /** Whether a speaking verb governs the count: 讲了四个方面12个问题. */
    private static boolean isSaid(CharSequence text, int start) {
        int clause = Clauses.clauseStart(text, start);
        CharSequence before = text.subSequence(clause, start);
        return SPEECH_VERB.matcher(before).find();
    }

    /** A short noun such as 事 (三件事) that is too short for a phrase of its own. */
    private static String followingWord(CharSequence text, int unitEnd) {
        int end = unitEnd;
        while (end < text.length() && end - unitEnd < 2 && Character.isIdeographic(text.charAt(end))) {
            end++;
        }
        return text.subSequence(unitEnd, end).toString();
    }

    /** Whether the clause ends right after the counted noun in a colon that opens a numbered first item. */
    private static boolean introducesList(CharSequence text, int nounEnd) {
        int colon = Clauses.clauseEnd(text, nounEnd);
        if (colon >= text.length() || text.charAt(colon) != '：' || colon - nounEnd > 4) {
            return false;
        }
        return FIRST_ITEM.matcher(text).region(colon + 1, Math.min(text.length(), colon + 8)).lookingAt();
    }
}
