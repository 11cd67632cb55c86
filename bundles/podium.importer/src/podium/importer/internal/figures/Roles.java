/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import podium.importer.FigureRole;
import podium.importer.Level;

/**
 * Reads what a figure stands for. A rate after 增长/下降/提高 is a growth; a percentage of something
 * (占…的N%, 完成计划的N%) is a share; otherwise the figure is a target when the sentence speaks of what is
 * to be done (确保, 力争, 要, 年内, 计划...) after anything that reports what was done (已, 累计, 上半年...),
 * and an actual result otherwise.
 */
final class Roles {

    private static final Pattern GROWTH = Pattern.compile(
            "(增长|增速|增幅|下降|减少|降低|回落|下滑|提高|提升|上升|增加|翻番)(?=[^，。；、\\d]{0,5}$)");
    private static final Pattern SHARE = Pattern.compile("(?:占|比重|占比|比例|完成|计划|总量|任务).*$");
    /** 计划 is a cue as a verb (计划投资4000万元), not as the noun of a share (占年计划的, 年度计划投资的). */
    private static final Pattern TARGET_CUE = Pattern.compile(
            "(?<!已)确保(?!了)|力争|力促|努力|(?<![主重需只必纲摘提纪])要(?![求素点])|将|(?<![年度的])计划(?!的)|必须|年内|年底前|年底|"
                    + "预计|培育|提出了?|打算|下一步|今后");
    private static final Pattern STRIVE_CUE = Pattern.compile("(?<!已)争取(?!到)");
    private static final Pattern ACTUAL_CUE = Pattern.compile(
            "已经?|累计|截[止至]|目前|上半年|今年以来|以来|同比|比上年|较去年|实现了|完成了|达到了|取得|共|仍有|只有|暂列|"
                    + "\\d{1,2}[-—–至]\\d{1,2}月");
    private static final String DECLINE = "下降减少降低回落下滑低于慢于落后低慢";
    /**
     * A difference of rates: 增速比全省平均水平低2.5个百分点, 高于全省平均1.2个百分点, 低于序时进度3个百分点; 低, 慢
     * and 落后 make it negative.
     */
    private static final Pattern COMPARED = Pattern.compile(
            "(?:((?<!不)高于|(?<!不)低于|高出|快于|慢于|落后|领先|(?<!不)超过|超(?![额过]))[^，。；、\\d]{0,8}|(高|低|快|慢)了?)$");
    /**
     * A change of an amount (产值减少35.7亿元, 比上年增加2家): the verb right before the number, with at most
     * 了, 共, 约 or 近 between; 增加值 and 新增 are not changes.
     */
    private static final Pattern CHANGE = Pattern.compile(
            "(增加(?!值)|增长|减少|下降|降低|回落|下滑|缩减)(?:了|共|约|近|达)?$");

    private Roles() {
    }

    /** Whether the words before {@code start} make the figure a growth rate, and whether it falls. */
    record Growth(boolean growth, boolean decline) {
    }

    static Growth growth(CharSequence text, int start, Units.Kind kind) {
        if (kind != Units.Kind.PERCENT && kind != Units.Kind.POINTS) {
            Matcher change = CHANGE.matcher(text).region(Math.max(0, start - 4), start);
            boolean changes = kind != null && kind != Units.Kind.SCALE && change.find();
            return new Growth(changes, changes && DECLINE.contains(change.group(1)));
        }
        int from = Math.max(Clauses.clauseStart(text, start), start - 8);
        Matcher compared = COMPARED.matcher(text).region(Math.max(Clauses.clauseStart(text, start), start - 10), start);
        if (compared.find()) {
            String word = compared.group(1) != null ? compared.group(1) : compared.group(2);
            return new Growth(true, DECLINE.contains(word));
        }
        Matcher m = GROWTH.matcher(text).region(from, start);
        String verb = null;
        while (m.find()) {
            verb = m.group(1); // the last one: 增速较上月下滑 falls
        }
        return verb == null ? new Growth(false, false) : new Growth(true, DECLINE.contains(verb));
    }

    /** A percentage of a whole: 占全市总收入的40%, 完成年度计划投资的90%. */
    static boolean share(CharSequence text, int start, Units.Kind kind) {
        if (kind != Units.Kind.PERCENT) {
            return false;
        }
        int clause = Clauses.clauseStart(text, start);
        String before = text.subSequence(clause, start).toString();
        if (before.contains("占") || before.contains("比重") || before.contains("占比")) {
            return true;
        }
        return SHARE.matcher(before).find() && (before.endsWith("的") || before.contains("完成"));
    }

    /** Target or actual, for a level (neither growth, share nor rank). */
    static FigureRole level(CharSequence text, int start, Level level) {
        if (level != null) {
            return FigureRole.TARGET;
        }
        int sentence = Clauses.statementStart(text, start);
        // 争取 also means "obtained": it only speaks of the future within its own part of the sentence
        int strive = last(STRIVE_CUE, text, Clauses.sentenceStart(text, start), start);
        if (strive >= 0 && Qualifiers.obtains(text, strive, start)) {
            strive = -1; // 为企业争取资金450万元: obtained, not striven for
        }
        int target = Math.max(last(TARGET_CUE, text, sentence, start), strive);
        int actual = last(ACTUAL_CUE, text, sentence, start);
        return target > actual ? FigureRole.TARGET : FigureRole.ACTUAL;
    }

    private static int last(Pattern cue, CharSequence text, int from, int to) {
        Matcher m = cue.matcher(text).region(from, to);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }
}
