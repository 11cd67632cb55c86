/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import podium.importer.internal.figures.NumberScanner.Token;

/**
 * The numbers with a measure word that nobody tracks, each recognised by what it does in the sentence rather than
 * by its wording: ordinals of sessions and anniversaries, numbers inside names, "the first n", narrative spans of
 * time, and small counts in Chinese numerals that no verb of quantity governs (四套班子, 通过两个新城, 五个字上下工夫).
 */
final class NotFigures {

    /** Session names: 十一次全会, 四次人代会 (a count of 会议 stays a count: 召开三次会议). */
    private static final Pattern SESSION = Pattern.compile("(?:全会|全体会议|人代会|党代会|代表大会|常委会|人大|政协)");
    private static final Pattern NAMED_PLAN = Pattern.compile("规划|计划|行动|攻坚");
    private static final Set<String> DURATIONS = Set.of("年", "天", "周", "个月", "小时");
    /** A span that frames the sentence: 两年来, 三年以来, 五年中, 十年间, 五年里. */
    private static final Pattern TIME_FRAME = Pattern.compile("来|以来|中(?![心央])|里|间|之间");
    /** A span that sets a deadline: 三年内, 30天之内, 5个工作日以内. */
    private static final Pattern DEADLINE = Pattern.compile("内|之内|以内");
    /** Words that make a bare 百 or 千 a number: 近千人, 上百家, 数千户, 逾千名. */
    private static final String APPROXIMATE = "近上数几逾过超成约";
    /**
     * Verbs that make, get, hold or count what they take as object: a count after them is a quantity
     * (新建两所卫生院, 上两条生产线, 再举办五期培训班, 共有三家).
     */
    private static final Pattern QUANTITY_VERB = Pattern.compile(
            "(?:新建|建成|兴建|修建|新增|增加|减少|引进|培育|新上|上|举办|开办|新办|开展|组织|召开|完成|实现|达到|达|共有|有|"
                    + "签约|签订|新签|落户|开工|投产|竣工|改造|培训|招聘|录用|选派|派出|聘请|配备|补充|查处|破获|抓获|受理|"
                    + "办结|化解|解决|发放|拨付|安置|搬迁|转移|救助|资助|帮扶|走访|创建|获得|获批|申报|批准|认定|评为|建立|"
                    + "设立|成立|组建|开通|新开|推出|实施|关闭|淘汰|拆除|整治|种植|栽植|出栏|存栏|建设|改建|扩建|打造|争创|创成|"
                    + "获评|荣获|获|招引|引入|落地|培养|评定|命名|表彰|奖励|安装|配置|购置|采购|开设|增设|举行|承办|接待|签署|达成)"
                    + "(?:了|过)?(?:共|约|近|再|又|一共|总共|分别|累计)?$");
    private static final int SMALL = 10;
    /**
     * A scope right before a count of administrative units: 全省24个城区, 全县12个乡镇, 分解到14个县市区. The count is
     * the size of the whole the statement is about, not a result.
     */
    private static final Pattern SCOPE = Pattern.compile(
            "(?:全国|全省|全市|全州|全县|全区|全镇|全乡|所辖|下辖|辖区|分解到|分解给|分配到|覆盖)$");
    private static final Pattern UNITS_OF_GOVERNMENT = Pattern.compile(
            "^(?:省辖市|地市|市州|县市区|县区|县市|城区|区县|乡镇|乡|镇|街道|街办|行政村|村|社区|统计单位)");
    /** Measure words of animals and plants; with a single Chinese digit they make idioms (两头, 一口气, 两眼). */
    private static final Set<String> LIVING = Set.of("头", "只", "羽", "株", "棵", "尾", "匹", "口", "眼");
    private static final String CLAUSE_END = "，。；、）！？：\n";

    private NotFigures() {
    }

    /** 六届, 十一次全会 and 十三届四次人代会 name a session; 60周年 is an anniversary. */
    static boolean isOrdinal(String text, Token token, Units.Unit unit, int unitEnd) {
        if (unit.text().equals("届") || unit.text().equals("周") && Units.startsWith(text, unitEnd, "年")) {
            return true;
        }
        if (!unit.text().equals("次")) {
            return false;
        }
        boolean afterSession = token.start() > 0 && text.charAt(token.start() - 1) == '届';
        String rest = text.substring(unitEnd, Math.min(text.length(), unitEnd + 4));
        return afterSession || SESSION.matcher(rest).lookingAt();
    }

    /** 二期项目 (a phase), 三年规划 (a plan): the number is part of the name. */
    static boolean isInName(String text, Units.Unit unit, int unitEnd) {
        String rest = text.substring(unitEnd, Math.min(text.length(), unitEnd + 4));
        return switch (unit.text()) {
            case "期" -> rest.startsWith("项目") || rest.startsWith("工程");
            case "年" -> NAMED_PLAN.matcher(rest).lookingAt();
            default -> false;
        };
    }

    /** 前5个月, 前五期: "the first n" of something, a span or a part already counted, not a quantity. */
    static boolean isFirstN(String text, Token token) {
        return token.start() > 0 && text.charAt(token.start() - 1) == '前';
    }

    /**
     * A lone 百 or 千 is a round number only when a word makes it one (近千人, 上百家, 数千户) or 多/余 follows;
     * otherwise it is part of a name (百万亩…改良, 百日行动, 千村示范).
     */
    static boolean isRoundInName(String text, Token token) {
        if (!token.chinese() || token.about() || token.end() - token.start() != 1
                || "百千".indexOf(text.charAt(token.start())) < 0) {
            return false;
        }
        return token.start() == 0 || APPROXIMATE.indexOf(text.charAt(token.start() - 1)) < 0;
    }

    /** 两年来, 三年以来, 十年间: a span that frames the sentence says when, not how much. */
    static boolean isTimeFrame(String text, Units.Unit unit, int unitEnd) {
        if (!DURATIONS.contains(unit.base())) {
            return false;
        }
        int at = unitEnd < text.length() && (text.charAt(unitEnd) == '多' || text.charAt(unitEnd) == '余')
                ? unitEnd + 1 : unitEnd;
        return TIME_FRAME.matcher(text).region(at, Math.min(text.length(), at + 2)).lookingAt();
    }

    /**
     * A span of time is a figure when it is a target or a deadline (确保3天内办结, 不超过5天, 三年内建成); told
     * without one (经过四年多的建设, 我分管3年多, 过去5年, 这两天) it is narrative.
     *
     * @param hedged whether 确保/力争 governs the span or a bound other than "about" qualifies it
     */
    static boolean isNarrativeSpan(String text, Units.Unit unit, int unitEnd, boolean hedged) {
        if (!DURATIONS.contains(unit.base()) || hedged) {
            return false;
        }
        int at = unitEnd < text.length() && (text.charAt(unitEnd) == '多' || text.charAt(unitEnd) == '余')
                ? unitEnd + 1 : unitEnd;
        return !DEADLINE.matcher(text).region(at, Math.min(text.length(), at + 2)).lookingAt();
    }

    /**
     * A small count written in Chinese numerals (ten or less, exact) is a quantity when a verb of quantity governs
     * it (新建两所卫生院, 再举办五期培训班), when it is the predicate that ends its clause (规上企业两家。), or when it
     * continues a list of such counts (两所学校、三所卫生院); otherwise it names or recaps something (四套班子领导,
     * 通过两个新城, A、B两个典型, 等三处企业, 五个字上下工夫). Arabic numerals and larger counts are always quantities.
     */
    static boolean isUngovernedCount(String text, Token token, Units.Unit unit, int unitEnd) {
        if (!token.chinese() || token.about() || unit.kind() != Units.Kind.COUNT || unit.scale() != 1
                || token.value() == null || token.value().compareTo(BigDecimal.valueOf(SMALL)) > 0) {
            return false;
        }
        boolean predicate = (unitEnd >= text.length() || CLAUSE_END.indexOf(text.charAt(unitEnd)) >= 0)
                && token.start() > 0 && Character.isIdeographic(text.charAt(token.start() - 1));
        if (predicate) {
            return false;
        }
        int part = partStart(text, token.start());
        String before = text.substring(part, token.start());
        return !isGoverned(before);
    }

    /**
     * Whether a verb of quantity governs a count whose clause so far is {@code before}, directly or through the
     * count it continues (两所学校、三所, 三个卫生室和两个): 统筹推进五位一体…和四个… continues no governed count.
     */
    private static boolean isGoverned(String before) {
        if (QUANTITY_VERB.matcher(before).find()) {
            return true;
        }
        Matcher previous = PREVIOUS_COUNT.matcher(before);
        return previous.matches() && isGoverned(previous.group(1));
    }

    private static final Pattern PREVIOUS_COUNT = Pattern.compile(
            "(.*?)[0-9一二两三四五六七八九十]+\\p{IsHan}{1,8}[、和及与]");

    /** The start of the part of the sentence a count belongs to: after the last comma or stop, across 、. */
    private static int partStart(String text, int i) {
        int k = i;
        while (k > 0 && "，。；！？：\n".indexOf(text.charAt(k - 1)) < 0) {
            k--;
        }
        return k;
    }

    /** 全省24个城区, 分解到14个县市区: the number of units of government a statement covers. */
    static boolean isScope(String text, Token token, Units.Unit unit, int unitEnd) {
        if (unit.kind() != Units.Kind.COUNT || unit.scale() != 1) {
            return false;
        }
        int from = Math.max(0, token.start() - 3);
        return SCOPE.matcher(text).region(from, token.start()).find()
                && UNITS_OF_GOVERNMENT.matcher(text).region(unitEnd, text.length()).lookingAt();
    }

    /** 两头, 三口, 两眼: a measure word of animals or plants after a single Chinese digit is an idiom, not a count. */
    static boolean isLivingIdiom(Token token, Units.Unit unit) {
        return LIVING.contains(unit.base()) && unit.scale() == 1 && token.chinese() && token.value() != null
                && token.value().compareTo(BigDecimal.TEN) < 0;
    }

    /** Whether the unit is a span of time (年, 个月, 天, 周, 小时); such figures are not named after a noun before them. */
    static boolean isTimeUnit(Units.Unit unit) {
        return DURATIONS.contains(unit.base());
    }
}
