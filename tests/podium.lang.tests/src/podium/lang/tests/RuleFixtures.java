/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import java.util.List;

import podium.inspections.InspectionDescriptor;
import podium.inspections.InspectionRegistry;
import podium.inspections.Inspector;
import podium.inspections.Severities;
import podium.inspections.builtin.IssueCodes;

/**
 * One passing and one failing fixture per rule: each is appended to {@link Workspaces#PRELUDE};
 * the failing one must report the rule's code, the passing one must not.
 */
final class RuleFixtures {

    /** A rule (by its code) with a text that breaks it and a close text that keeps it. */
    record Fixture(String code, String fail, String pass) {

        /** The rule in the catalogue. */
        InspectionDescriptor rule() {
            return RuleFixtures.rule(code);
        }

        @Override
        public String toString() {
            return code;
        }
    }

    private static final String PROJECT = "project \"某项目\" org 甲县 ";
    private static final String MEASURE = "measure \"完善项目库\" owner 商务局 ";

    static final List<Fixture> ALL = List.of(
            f(IssueCodes.SYNTAX, "plan", ""),
            f(IssueCodes.BAD_VALUE, "actual 外资 甲县 2004-13 累计 5", "actual 外资 甲县 2004-08 累计 5"),
            f(IssueCodes.UNRESOLVED_REFERENCE, "target 外资 丁县: 确保 1", "target 外资 甲县: 确保 1"),
            f(IssueCodes.IMPORT_AFTER_STATEMENTS, "import 南阳.*", ""),
            f(IssueCodes.DUPLICATE_NAME, "org 甲县 county", "org 丙县 county"),
            f(IssueCodes.AMBIGUOUS_ALIAS, "org 丙县 alias \"甲县\"", "org 丙县 alias \"丙\""),
            f(IssueCodes.AS_OF_OUTSIDE_PERIOD, "plan p \"x\" period 2004 as-of 2005-01-10 for 市",
                    "plan p \"x\" period 2004 as-of 2004-08-31 for 市"),
            f(IssueCodes.SEVERAL_PLANS, "plan q \"另一个\" period 2004\nplan p \"x\" period 2004",
                    "plan p \"x\" period 2004"),
            f(IssueCodes.RATIO_SUMMED, "indicator 比二 \"比\" unit % ratio sum", "indicator 比二 \"比\" unit % ratio average"),
            f(IssueCodes.INDICATOR_IN_POINTS, "indicator 差 \"差\" unit 个百分点", "indicator 差 \"差\" unit %"),
            f(IssueCodes.INDICATOR_WITHOUT_TITLE, "indicator 无题 unit 万元", "indicator 有题 \"有题\" unit 万元"),
            f(IssueCodes.GROUP_SIZE_INVALID, "group 空 size 0", "group 空 size 1"),
            f(IssueCodes.GROUP_TOO_MANY_MEMBERS, "group 小 size 1 members 甲县, 乙区", "group 小 size 2 members 甲县, 乙区"),
            f(IssueCodes.GROUP_DUPLICATE_MEMBER, "group 小 size 3 members 甲县, 甲县", "group 小 size 3 members 甲县, 乙区"),
            f(IssueCodes.STRIVE_BELOW_GUARANTEE, "target 外资 甲县: 确保 300 力争 200", "target 外资 甲县: 确保 200 力争 300"),
            f(IssueCodes.DUPLICATE_TARGET, "target 外资 市: 确保 1000", "target 外资 甲县: 确保 100"),
            f(IssueCodes.GROWTH_WITHOUT_BASE, "target 外资 甲县: 同比增长 确保 10 %",
                    "target 外资 甲县: 同比增长 确保 10 % base 500 万美元"),
            f(IssueCodes.ZERO_WITH_LEVELS, "target 外资 甲县: 零 确保 5", "target 外资 甲县: 零"),
            f(IssueCodes.TARGET_WITHOUT_LEVEL, "target 外资 甲县:", "target 外资 甲县: 确保 1"),
            f(IssueCodes.TARGET_OUTSIDE_PLAN, "target 外资 甲县 2005: 确保 1", "target 外资 甲县 2004Q3: 确保 1"),
            f(IssueCodes.GROWTH_NOT_PERCENT, "target 外资 甲县: 同比增长 确保 10 万美元 base 5",
                    "target 外资 甲县: 同比增长 确保 10 % base 5"),
            f(IssueCodes.BASE_WITHOUT_GROWTH, "target 外资 甲县: 确保 10 base 5", "target 外资 甲县: 确保 10"),
            f(IssueCodes.NEGATIVE_TARGET, "target 外资 甲县: 确保 -5", "target 外资 甲县: 确保 5"),
            f(IssueCodes.UNIT_MISMATCH, "target 外资 甲县: 确保 5 吨", "target 外资 甲县: 确保 5 亿美元"),
            f(IssueCodes.PERCENT_VS_POINTS, "target 比率 甲县: 确保 5 个百分点", "target 比率 甲县: 确保 5 %"),
            f(IssueCodes.SPLIT_GUARANTEE_SUM, "split 外资 市 { 甲县 确保 500 乙区 确保 400 }",
                    "split 外资 市 { 甲县 确保 600 乙区 确保 400 }"),
            f(IssueCodes.SPLIT_STRIVE_SUM, "split 外资 市 { 甲县 确保 600 力争 700 乙区 确保 400 力争 400 }",
                    "split 外资 市 { 甲县 确保 600 力争 800 乙区 确保 400 力争 400 }"),
            f(IssueCodes.SPLIT_WITHOUT_TARGET, "split 比率 市 { 甲县 确保 5 }", "split 外资 市 { 甲县 确保 1000 }"),
            f(IssueCodes.SPLIT_NOT_CHILD, "split 外资 市 { 商务局 确保 1000 }", "split 外资 市 { 甲县 确保 1000 }"),
            f(IssueCodes.SPLIT_DUPLICATE_SHARE, "split 外资 市 { 甲县 确保 500 甲县 确保 500 }",
                    "split 外资 市 { 甲县 确保 500 乙区 确保 500 }"),
            f(IssueCodes.SPLIT_SHARE_UNLIKE_TARGET, "split 外资 市 { 甲县 确保 600 乙区 确保 400 }\ntarget 外资 甲县: 确保 650",
                    "split 外资 市 { 甲县 确保 600 乙区 确保 400 }\ntarget 外资 甲县: 确保 0.06 亿美元"),
            f(IssueCodes.ACTUAL_OUTSIDE_PERIOD, "actual 外资 甲县 2005-01 累计 5", "actual 外资 甲县 2004-01 累计 5"),
            f(IssueCodes.CUMULATIVE_DECREASING, "actual 外资 甲县 2004-01 累计 50\nactual 外资 甲县 2004-02 累计 40",
                    "actual 外资 甲县 2004-01 累计 50\nactual 外资 甲县 2004-02 累计 60"),
            f(IssueCodes.DUPLICATE_ACTUAL, "actual 外资 甲县 2004-01 累计 5\nactual 外资 甲县 2004-01 累计 5",
                    "actual 外资 甲县 2004-01 累计 5\nactual 外资 甲县 2004-01 当月 5"),
            f(IssueCodes.ACTUAL_AFTER_AS_OF, "actual 外资 甲县 2004-09 累计 5", "actual 外资 甲县 2004-08 累计 5"),
            f(IssueCodes.MONTHLY_SUM_MISMATCH,
                    "actual 外资 甲县 2004-01 当月 5\nactual 外资 甲县 2004-02 当月 5\nactual 外资 甲县 2004-02 累计 11",
                    "actual 外资 甲县 2004-01 当月 5\nactual 外资 甲县 2004-02 当月 5\nactual 外资 甲县 2004-02 累计 10"),
            f(IssueCodes.REPORTED_BEFORE_MONTH_END, "actual 外资 甲县 2004-01 累计 5 reported 2004-01-20",
                    "actual 外资 甲县 2004-01 累计 5 reported 2004-02-05"),
            f(IssueCodes.RANK_ABOVE_GROUP_SIZE, "rank 外资 市 2004-08 in 全省 = 22", "rank 外资 市 2004-08 in 全省 = 16"),
            f(IssueCodes.RANK_BELOW_ONE, "rank 外资 市 2004-08 in 全省 = 0", "rank 外资 市 2004-08 in 全省 = 1"),
            f(IssueCodes.RANK_SIZE_DIFFERS, "rank 外资 市 2004-08 in 全省 = 3 of 18", "rank 外资 市 2004-08 in 全省 = 3 of 21"),
            f(IssueCodes.RANK_NOT_MEMBER, "group 小 size 2 members 甲县\nrank 外资 乙区 2004-08 in 小 = 1",
                    "group 小 size 2 members 甲县\nrank 外资 甲县 2004-08 in 小 = 1"),
            f(IssueCodes.DUPLICATE_RANK, "rank 外资 市 2004-08 in 全省 = 3\nrank 外资 市 2004-08 in 全省 = 4",
                    "rank 外资 市 2004-07 in 全省 = 3\nrank 外资 市 2004-08 in 全省 = 4"),
            f(IssueCodes.PAID_ABOVE_CONTRACT, PROJECT + "stage 签约 contract 100 万美元 paid 200 万美元 leader \"张\"",
                    PROJECT + "stage 签约 contract 100 万美元 paid 50 万美元 leader \"张\""),
            f(IssueCodes.SIGNED_WITHOUT_CONTRACT, PROJECT + "stage 签约 leader \"张\"",
                    PROJECT + "stage 签约 contract 100 leader \"张\""),
            f(IssueCodes.STAGE_HISTORY_ORDER,
                    PROJECT + "stage 在建 contract 1 leader \"张\" history { 签约 2004-03-01 在谈 2004-04-01 在建 2004-05-01 }",
                    PROJECT + "stage 在建 contract 1 leader \"张\" history { 在谈 2004-03-01 签约 2004-04-01 在建 2004-05-01 }"),
            f(IssueCodes.TRACKING_WITH_PAID_IN, PROJECT + "stage 在谈 paid 5 leader \"张\"", PROJECT + "stage 在谈 leader \"张\""),
            f(IssueCodes.PROJECT_AMOUNT_NOT_MONEY, PROJECT + "stage 签约 contract 5 吨 leader \"张\"",
                    PROJECT + "stage 签约 contract 5 万元 leader \"张\""),
            f(IssueCodes.PROJECT_WITHOUT_LEADER, PROJECT + "stage 在谈", PROJECT + "stage 在谈 leader \"张\""),
            f(IssueCodes.MEASURE_WITHOUT_OWNER, "measure \"完善项目库\" due 2004-12-31", MEASURE + "due 2004-12-31"),
            f(IssueCodes.MEASURE_OVERDUE, MEASURE + "due 2004-06-30 status open",
                    MEASURE + "due 2004-06-30 status done completed 2004-06-20"),
            f(IssueCodes.DEADLINE_BEFORE_PLAN, MEASURE + "due 2003-12-31", MEASURE + "due 2004-10-31"),
            f(IssueCodes.COMPLETION_STATUS, MEASURE + "due 2004-12-31 status done",
                    MEASURE + "due 2004-12-31 status done completed 2004-08-01"),
            f(IssueCodes.OPEN_WITHOUT_DEADLINE, MEASURE + "status open", MEASURE + "due 2004-12-31 status open"),
            f(IssueCodes.DONE_WITHOUT_EVIDENCE, MEASURE + "due 2004-12-31 status done completed 2004-08-01",
                    MEASURE + "due 2004-12-31 status done completed 2004-08-01 evidence \"市政府办公室文件\""),
            f(IssueCodes.COMPLETED_IN_FUTURE, MEASURE + "due 2004-12-31 status done completed 2004-09-10",
                    MEASURE + "due 2004-12-31 status done completed 2004-08-10"),
            f(IssueCodes.MEETING_OUTSIDE_PERIOD, "meeting 会 \"全市会议\" date 2005-02-01", "meeting 会 \"全市会议\" date 2004-02-01"),
            f(IssueCodes.SPEECH_MEETING_CONFLICT, "meeting 会 \"全市会议\" { speech \"讲话\" at 另会 }\nmeeting 另会 \"另一会议\"",
                    "meeting 会 \"全市会议\" { speech \"讲话\" at 会 }\nmeeting 另会 \"另一会议\""));

    /**
     * Rules the text cannot break: bytes rather than text ({@link SourceTextTest}, {@link ReadProblemsTest},
     * the CLI tests; files and nesting beyond podium.core.Limits in ReadProblemsTest and the CLI tests); model states only an XMI model or the importer produces (ModelRulesTest in
     * podium.inspections.tests); the severities file ({@link SeveritiesTest}); a failing inspection
     * (ContributionTest in podium.inspections.tests).
     */
    static final List<String> TESTED_ELSEWHERE = List.of(IssueCodes.UNREADABLE, IssueCodes.BINARY,
            IssueCodes.XMI_UNREADABLE, IssueCodes.TOO_LARGE, IssueCodes.TOO_DEEP, IssueCodes.ACTUAL_WITHOUT_VALUE,
            IssueCodes.SPAN_OUTSIDE_TEXT, IssueCodes.FIGURE_UNIT_MISMATCH, Severities.BAD_SETTING, Inspector.FAILED);

    private RuleFixtures() {
    }

    private static Fixture f(String code, String fail, String pass) {
        return new Fixture(code, fail + "\n", pass + "\n");
    }

    /** Podium's rule with {@code code} in the catalogue. */
    static InspectionDescriptor rule(String code) {
        return InspectionRegistry.getDefault().inspection(code).orElseThrow(() -> new AssertionError("no rule " + code));
    }

    /** Podium's own rules (the PDM codes) in the catalogue. */
    static List<InspectionDescriptor> podiumRules() {
        return InspectionRegistry.getDefault().inspections().stream().filter(i -> i.code().startsWith("PDM-")).toList();
    }
}
