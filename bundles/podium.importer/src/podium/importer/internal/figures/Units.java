/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.util.List;

/**
 * The units and measure words that follow a number in planning texts, with an optional scale
 * ({@code 万}, {@code 亿}, ...) in front: {@code 万美元}, {@code 亿元}, {@code %}, {@code 个百分点},
 * {@code 万户}, {@code 人次}, {@code 家}, {@code 位}. 点 and 大 are not among them: after a number they
 * enumerate ({@code 讲三点意见}, {@code 五大发展理念}, {@code 两大重磅项目} name a list of points or of
 * major items) and never measure anything.
 */
public final class Units {

    /** What kind of quantity a unit measures. */
    public enum Kind {
        MONEY, PERCENT, POINTS, COUNT, MEASURE, SCALE
    }

    /**
     * A unit found after a number.
     *
     * @param text   the unit as written
     * @param scale  the value of its scale prefix (10000 for 万元), 1 when it has none
     * @param base   the unit without its scale ({@code 元} for {@code 万元})
     */
    public record Unit(String text, Kind kind, long scale, String base) {
    }

    private record Base(String text, Kind kind) {
    }

    private static final List<Base> BASES = List.of(
            new Base("个百分点", Kind.POINTS), new Base("百分点", Kind.POINTS),
            new Base("%", Kind.PERCENT), new Base("％", Kind.PERCENT), new Base("‰", Kind.PERCENT),
            new Base("美元", Kind.MONEY), new Base("欧元", Kind.MONEY), new Base("港元", Kind.MONEY),
            new Base("元", Kind.MONEY),
            new Base("人次", Kind.COUNT), new Base("批次", Kind.COUNT), new Base("平方公里", Kind.MEASURE),
            new Base("平方米", Kind.MEASURE), new Base("立方米", Kind.MEASURE), new Base("千瓦时", Kind.MEASURE),
            new Base("千瓦", Kind.MEASURE), new Base("公顷", Kind.MEASURE), new Base("公里", Kind.MEASURE),
            new Base("千米", Kind.MEASURE), new Base("公斤", Kind.MEASURE), new Base("千克", Kind.MEASURE),
            new Base("小时", Kind.MEASURE), new Base("个月", Kind.MEASURE), new Base("标箱", Kind.MEASURE),
            new Base("个", Kind.COUNT), new Base("家", Kind.COUNT), new Base("户", Kind.COUNT),
            new Base("人", Kind.COUNT), new Base("名", Kind.COUNT), new Base("位", Kind.COUNT),
            new Base("项", Kind.COUNT), new Base("件", Kind.COUNT), new Base("批", Kind.COUNT),
            new Base("次", Kind.COUNT), new Base("期", Kind.COUNT), new Base("座", Kind.COUNT),
            new Base("所", Kind.COUNT), new Base("条", Kind.COUNT), new Base("台", Kind.COUNT),
            new Base("套", Kind.COUNT), new Base("辆", Kind.COUNT), new Base("艘", Kind.COUNT),
            new Base("架", Kind.COUNT), new Base("处", Kind.COUNT), new Base("宗", Kind.COUNT),
            new Base("例", Kind.COUNT), new Base("起", Kind.COUNT), new Base("篇", Kind.COUNT),
            new Base("部", Kind.COUNT), new Base("本", Kind.COUNT), new Base("张", Kind.COUNT),
            new Base("份", Kind.COUNT), new Base("场", Kind.COUNT), new Base("届", Kind.COUNT),
            new Base("栋", Kind.COUNT), new Base("幢", Kind.COUNT), new Base("间", Kind.COUNT),
            new Base("支", Kind.COUNT),
            new Base("类", Kind.COUNT), new Base("种", Kind.COUNT),
            new Base("头", Kind.COUNT), new Base("只", Kind.COUNT), new Base("羽", Kind.COUNT), new Base("株", Kind.COUNT),
            new Base("棵", Kind.COUNT), new Base("尾", Kind.COUNT), new Base("匹", Kind.COUNT), new Base("口", Kind.COUNT),
            new Base("眼", Kind.COUNT),
            new Base("亩", Kind.MEASURE), new Base("吨", Kind.MEASURE), new Base("米", Kind.MEASURE),
            new Base("天", Kind.MEASURE), new Base("年", Kind.MEASURE), new Base("周", Kind.MEASURE),
            new Base("倍", Kind.PERCENT));
    private static final String[] SCALES = {"万亿", "千万", "百万", "万", "亿", "千"};
    private static final long[] SCALE_VALUES = {1_000_000_000_000L, 10_000_000L, 1_000_000L, 10_000L,
        100_000_000L, 1_000L};

    private Units() {
    }

    /** The unit that starts at {@code i}, scale included, or null when none does. */
    public static Unit at(CharSequence text, int i) {
        for (int s = 0; s < SCALES.length; s++) {
            if (startsWith(text, i, SCALES[s])) {
                Base base = baseAt(text, i + SCALES[s].length());
                if (base != null && base.kind() != Kind.PERCENT && base.kind() != Kind.POINTS) {
                    return new Unit(SCALES[s] + base.text(), base.kind(), SCALE_VALUES[s], base.text());
                }
                if (s >= 3 && !isFollowedByHan(text, i + SCALES[s].length())) {
                    // a bare scale closing the phrase: 人口120万，
                    return new Unit(SCALES[s], Kind.SCALE, SCALE_VALUES[s], "");
                }
            }
        }
        Base base = baseAt(text, i);
        return base == null ? null : new Unit(base.text(), base.kind(), 1, base.text());
    }

    private static Base baseAt(CharSequence text, int i) {
        for (Base base : BASES) {
            if (startsWith(text, i, base.text())) {
                return base;
            }
        }
        return null;
    }

    private static boolean isFollowedByHan(CharSequence text, int i) {
        return i < text.length() && Character.isIdeographic(text.charAt(i));
    }

    /**
     * Whether two units as written measure in the same base, whatever their scale: 万美元 and 亿美元; a bare scale
     * (突破5亿) goes with any unit of its kind.
     */
    static boolean sameBase(String a, String b) {
        String baseA = base(a);
        String baseB = base(b);
        return java.util.Objects.equals(baseA, baseB) || "".equals(baseA) || "".equals(baseB);
    }

    private static String base(String unit) {
        return unit == null ? null : unit.replaceFirst("^(?:万亿|千万|百万|万|亿|千)", "");
    }

    static boolean startsWith(CharSequence text, int i, String prefix) {
        if (i < 0 || i + prefix.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (text.charAt(i + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
