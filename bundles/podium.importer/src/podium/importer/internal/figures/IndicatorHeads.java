/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The nouns that end the names of statistical indicators and of the things planners count, taken from the
 * general vocabulary of statistical yearbooks and work reports (投资, 增加值, 零售总额, 企业, 项目, 人次…),
 * not from any one text. A noun phrase that runs on past such a head ({@code 改造项目策划包装}) ends at it.
 */
final class IndicatorHeads {

    /** Heads of amounts of money and of economic aggregates. */
    private static final String MONEY = """
            投资 外资 内资 资金 资本 贷款 存款 授信 基金 融资 外汇 创汇 税收 税金 利税 利润 收入 支出 预算 产值 总值 \
            增加值 总额 销售额 营业额 零售额 交易额 成交额 贸易额 出口额 进口额 出口 进口 进出口 外贸 生产总值 gdp GDP \
            消费 补贴 奖励 补助 费用 工资 薪酬 保障金 养老金 低保金 专项资金 扶持资金""";
    /** Heads of counted units, people and things. */
    private static final String COUNTED = """
            项目 企业 公司 工厂 单位 部门 机构 门店 商户 业户 个体户 农户 家庭 人员 人口 职工 劳动力 从业人员 \
            就业 负责人 干部 代表 群众 学生 人才 专家 客商 游客 人次 园区 新城 新区 开发区 基地 街区 街道 乡镇 社区 行政村 \
            示范村 学校 医院 中心 平台 设备 生产线 车间 厂房 产品 品牌 商标 专利 培训班 活动 会议 合同 协议 \
            分队 队伍 团队 小组 工作组 服务队 巡逻队 班子 卫生院 卫生室 服务站 幼儿园 养老院 敬老院 图书馆 市场主体 \
            案件 积案 信访 事件 事故 纠纷 隐患 问题 线索 批次 面积 耕地 用地 土地 道路 公路 管网 住房 房屋 \
            产量 总量 规模 容量 电量 用电量 能耗 排放""";
    /** Heads of rates and ratios. */
    private static final String RATES = """
            增长 增速 增幅 比重 占比 比例 比率 完成率 利润率 到位率 落实率 推进率 覆盖率 达标率 城镇化率 指数""";

    private static final Set<String> HEADS = Arrays.stream((MONEY + " " + COUNTED + " " + RATES).split("\\s+"))
            .filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> MONEY_HEADS = Arrays.stream(MONEY.split("\\s+")).filter(w -> !w.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    private static final int LONGEST = HEADS.stream().mapToInt(String::length).max().orElse(1);

    private IndicatorHeads() {
    }

    /**
     * Where the last head in {@code phrase} ends, looking at every end position from the right, or -1 when
     * the phrase contains none.
     */
    static int lastHeadEnd(CharSequence phrase) {
        for (int end = phrase.length(); end > 0; end--) {
            if (endsWithHead(phrase, end, HEADS)) {
                return end;
            }
        }
        return -1;
    }

    /** Whether {@code phrase} ends with the head of an amount of money ({@code 授信资金}, {@code 贷款}). */
    static boolean endsWithMoneyHead(CharSequence phrase) {
        return endsWithHead(phrase, phrase.length(), MONEY_HEADS);
    }

    private static boolean endsWithHead(CharSequence phrase, int end, Set<String> heads) {
        for (int length = Math.min(LONGEST, end); length > 0; length--) {
            if (heads.contains(phrase.subSequence(end - length, end).toString())) {
                return true;
            }
        }
        return false;
    }
}
