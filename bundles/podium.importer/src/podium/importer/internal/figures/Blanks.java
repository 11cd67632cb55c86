/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import podium.importer.internal.cleanup.WordDictionary;

/**
 * Finds numbers a website blanked: a unit with no number before it ({@code 确保省定万美元},
 * {@code 低于进度个百分点}, {@code 增速为%}, {@code 签约项目个（}), and a growth with no rate after it
 * ({@code 同比增长；}). Count words are only taken for blanks when they end a clause right after a
 * noun, do not form a word with it ({@code 大家}, {@code 农户}), and the sentence reports a count; they may be
 * followed by 的 and the noun they qualify ({@code 新增企业户的工作目标}). A scale with no number before a mark
 * ({@code 突破万元大关}) is the round number itself, not a blank.
 */
final class Blanks {

    /** A blank: the unit that lost its number, starting at {@code start}. */
    record Blank(int start, Units.Unit unit) {
    }

    private static final String NUMBER_CHARS = "0123456789.xX*＊多余几" + ChineseNumerals.DIGITS
            + ChineseNumerals.MULTIPLIERS;
    private static final String COUNT_BLANK_UNITS = "个家户项";
    private static final String CLAUSE_END = "，。；、（）：";
    private static final Pattern EXPECTS_NUMBER = Pattern.compile(
            "(?:突破|达到|完成|超过|增长|力争|确保|实现|为|近|约|省定|市定|县定)$");
    /** A count is only missing where the sentence reports how many: 引进…项目个, 新增…企业户. */
    private static final Pattern COUNTS_SOMETHING = Pattern.compile("引进|新增|签约|培育|新上|新签|共有|达到|完成|累计");
    private static final Pattern GROWTH_WITHOUT_RATE = Pattern.compile("同比(?:增长|下降|增加|减少)(?=[，。；])");

    private Blanks() {
    }

    static List<Blank> find(String text) {
        List<Blank> blanks = new ArrayList<>();
        int i = 1;
        while (i < text.length()) {
            Units.Unit unit = Units.at(text, i);
            if (unit != null && isBlank(text, i, unit)) {
                blanks.add(new Blank(i, unit));
            }
            i += unit == null ? 1 : unit.text().length();
        }
        Matcher growth = GROWTH_WITHOUT_RATE.matcher(text);
        while (growth.find()) {
            blanks.add(new Blank(growth.end(), new Units.Unit("", Units.Kind.PERCENT, 1, "")));
        }
        return blanks;
    }

    private static boolean isBlank(String text, int i, Units.Unit unit) {
        char before = text.charAt(i - 1);
        if (NUMBER_CHARS.indexOf(before) >= 0 || !Character.isIdeographic(before) && unit.kind() != Units.Kind.PERCENT
                && unit.kind() != Units.Kind.POINTS) {
            return false;
        }
        return switch (unit.kind()) {
            case PERCENT -> !unit.text().equals("倍");
            case POINTS -> true;
            case MONEY -> unit.scale() > 1 && !Units.startsWith(text, i + unit.text().length(), "大关");
            case SCALE -> EXPECTS_NUMBER.matcher(text.subSequence(Math.max(0, i - 4), i)).find()
                    && !Units.startsWith(text, i + unit.text().length(), "大关");
            case COUNT -> isCountBlank(text, i, unit);
            default -> false;
        };
    }

    private static boolean hasNumber(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c) || ChineseNumerals.isNumeralChar(c) && c != '一') {
                return true;
            }
        }
        return false;
    }

    private static boolean isCountBlank(String text, int i, Units.Unit unit) {
        if (unit.scale() != 1 || COUNT_BLANK_UNITS.indexOf(unit.text().charAt(0)) < 0 || unit.text().length() != 1) {
            return false;
        }
        int after = i + 1;
        if (after < text.length() && CLAUSE_END.indexOf(text.charAt(after)) < 0 && text.charAt(after) != '的') {
            return false;
        }
        boolean noun = i >= 2 && Character.isIdeographic(text.charAt(i - 2));
        if (hasNumber(text, Clauses.clauseStart(text, i), i)) {
            return false; // 培育3—5户示范户: the clause has its number; the count word ends a noun
        }
        String pair = text.substring(i - 1, i + 1);
        String sentence = text.substring(Clauses.sentenceStart(text, i), i);
        return noun && WordDictionary.icu().cost(pair) < 0 && COUNTS_SOMETHING.matcher(sentence).find();
    }
}
