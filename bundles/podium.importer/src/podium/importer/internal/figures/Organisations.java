/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import podium.importer.internal.cleanup.WordDictionary;

/**
 * Recognises the name of an organisation at the start of a noun phrase by the type word that ends such names:
 * an administrative unit (…省, …市, …县, …区, …镇, …乡, …村, …街道, …社区), a body (…局, …委, …办, …中心, …协会,
 * …合作社) or an enterprise (…集团, …公司, …银行, …厂, …学校, …医院). An organisation before a figure is the
 * unit the figure is stated for (宛城区确保320万美元), not what is measured (某集团投资5亿元 measures 投资). The
 * one-character administrative types also end common words and kinds of area (农村, 通村, 行政村, 开发区), so a
 * name ending in one is only taken in the shape of a decomposition: a short name (two or three characters of its
 * own) followed by the level or the verb of its task (东山县确保…, 西河区完成…). A name never holds 和, 与, 及 or 、.
 */
final class Organisations {

    private static final Pattern TYPE = Pattern.compile(
            "有限公司|公司|集团|银行|医院|学校|大学|中心|协会|合作社|委员会|办公室|街道|社区|[省市县区镇乡村厂局委办]");
    private static final String ADMINISTRATIVE = "省市县区镇乡村";
    private static final int ADMINISTRATIVE_NAME = 3;
    private static final Pattern TASK = Pattern.compile("确保|力争|争取|要|完成|实现|达到|已|共|累计");
    private static final Pattern CONJUNCTION = Pattern.compile("[和与及、跟同]");
    /** 三个园区, 两家电厂: a count of units of a type, not the name of one. */
    private static final Pattern COUNTED = Pattern.compile("^[0-9一二两三四五六七八九十几多各]+[个家所座条处]?");
    /** Names end with a one-character type only after at least two characters of their own (宛城区, not 城区). */
    private static final int SHORT_NAME = 2;
    private static final int LONG_NAME = 10;

    private Organisations() {
    }

    /**
     * The end of the organisation name that {@code phrase} starts with, or -1 when it starts with none. The type
     * word must end a word (市场, 区域, 县城 and 村民 are other words), and a name ending in a one-character type
     * must not itself be a common noun of the dictionary (城区, 地区, 社区, 超市).
     */
    static int nameEnd(CharSequence phrase) {
        Matcher m = TYPE.matcher(phrase);
        while (m.find()) {
            int nameLength = m.start();
            boolean single = m.end() - m.start() == 1;
            if (nameLength < (single ? SHORT_NAME : 1) || nameLength > LONG_NAME) {
                continue;
            }
            if (!isHan(phrase, 0, m.end()) || CONJUNCTION.matcher(phrase.subSequence(0, m.start())).find()
                    || COUNTED.matcher(phrase).lookingAt() && isCount(phrase)) {
                return -1;
            }
            if (single && ADMINISTRATIVE.indexOf(phrase.charAt(m.start())) >= 0
                    && (nameLength > ADMINISTRATIVE_NAME || !TASK.matcher(phrase).region(m.end(), phrase.length())
                            .lookingAt())) {
                continue;
            }
            if (single && (endsInWord(phrase, m.end())
                    || WordDictionary.icu().cost(phrase.subSequence(0, m.end())) >= 0)) {
                continue;
            }
            return m.end();
        }
        return -1;
    }

    /** Whether the phrase opens with a count (三个…, 两家…, 各…) rather than a name that starts with a numeral (三里镇). */
    private static boolean isCount(CharSequence phrase) {
        java.util.regex.Matcher m = COUNTED.matcher(phrase);
        return m.lookingAt() && (m.end() >= 2 || phrase.charAt(0) == '各');
    }

    private static boolean endsInWord(CharSequence phrase, int end) {
        return end < phrase.length() && WordDictionary.icu().cost(phrase.subSequence(end - 1, end + 1)) >= 0;
    }

    private static boolean isHan(CharSequence phrase, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isIdeographic(phrase.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
