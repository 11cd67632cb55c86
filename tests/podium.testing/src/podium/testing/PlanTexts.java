/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.testing;

/** A small plan the editor tests type into: declarations in one file, statements in another. */
public final class PlanTexts {
    public static final String DEFINITIONS = """
            plan 南阳计划 "2004年全市利用外资和出口工作" period 2004 as-of 2004-08-31
            /** 外商在本地实际投入的资金 */
            indicator 实际利用外资 "实际利用外资" unit 万美元 cumulative sum higher-better
            group 全省 "全省21个统计单位" size 21
            org 南阳市 "南阳市" city {
                org 宛城区 "宛城区" district
                org 卧龙区 "卧龙区" district
            }
            """;
    public static final String TARGETS = """
            target 实际利用外资 南阳市 2004: 确保 2800 力争 3200 source 省定
            actual 实际利用外资 宛城区 2004-08 累计 420
            """;

    private PlanTexts() {
    }
}
