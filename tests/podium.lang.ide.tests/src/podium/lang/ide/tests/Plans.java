/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.tests;

/** The plan files the service tests run against: declarations in one file, statements in others. */
final class Plans {
    static final String DEFINITIONS = """
            plan 南阳计划 "2004年全市利用外资和出口工作" period 2004 as-of 2004-08-31 for 南阳市
            /** 外商在本地实际投入的资金 */
            indicator 实际利用外资 "实际利用外资" en "Foreign direct investment" unit 万美元 cumulative higher-better peers 全省
            indicator 外贸依存度 "外贸依存度" unit % ratio average
            group 全省 "全省21个统计单位" size 21
            org 南阳市 "南阳市" city {
            	org 宛城区 "宛城区" district
            	org 卧龙区 "卧龙区" district
            }
            meeting 工作会议 "全市利用外资工作会议" date 2004-03-06 for 南阳计划
            """;
    static final String TARGETS = """
            target 实际利用外资 南阳市 2004: 确保 2800 力争 3200 source 省定
            split 实际利用外资 南阳市 2004 {
            	宛城区 确保 1600 力争 1800
            	卧龙区 确保 1200 力争 1400
            }
            """;
    static final String ACTUALS = """
            actual 实际利用外资 宛城区 2004-07 累计 900
            actual 实际利用外资 宛城区 2004-08 累计 1000
            actual 实际利用外资 卧龙区 2004-08 累计 1100
            rank 实际利用外资 南阳市 2004-08 in 全省 = 16
            """;

    private Plans() {
    }
}
