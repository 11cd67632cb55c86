/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin;

/**
 * The codes of Podium's own problems, each written here once: the inspections' definitions, the
 * language, quick fixes and tests refer to these constants (they are compile-time constants, usable in
 * annotations such as {@code @QuickFix}). What each code means, its severity and texts: docs/validation.md.
 * {@code PDM-S001} and {@code PDM-S002} belong to the platform ({@code Severities.BAD_SETTING},
 * {@code Inspector.FAILED}).
 *
 * @since 1.0
 */
public final class IssueCodes {
    // X: text that cannot be read or parsed (reported by the language)
    public static final String SYNTAX = "PDM-X001";
    public static final String BAD_VALUE = "PDM-X002";
    public static final String UNREADABLE = "PDM-X003";
    public static final String BINARY = "PDM-X004";
    public static final String XMI_UNREADABLE = "PDM-X005";
    public static final String TOO_LARGE = "PDM-X006";
    public static final String TOO_DEEP = "PDM-X007";
    // L: links and imports (reported by the language); N: names
    public static final String UNRESOLVED_REFERENCE = "PDM-L001";
    public static final String IMPORT_AFTER_STATEMENTS = "PDM-L002";
    public static final String DUPLICATE_NAME = "PDM-N001";
    public static final String AMBIGUOUS_ALIAS = "PDM-N002";
    // P: plan
    public static final String AS_OF_OUTSIDE_PERIOD = "PDM-P001";
    public static final String SEVERAL_PLANS = "PDM-P002";
    // I: indicators; G: peer groups
    public static final String RATIO_SUMMED = "PDM-I001";
    public static final String INDICATOR_IN_POINTS = "PDM-I002";
    public static final String INDICATOR_WITHOUT_TITLE = "PDM-I003";
    public static final String GROUP_SIZE_INVALID = "PDM-G001";
    public static final String GROUP_TOO_MANY_MEMBERS = "PDM-G002";
    public static final String GROUP_DUPLICATE_MEMBER = "PDM-G003";
    // T: targets
    public static final String STRIVE_BELOW_GUARANTEE = "PDM-T001";
    public static final String DUPLICATE_TARGET = "PDM-T002";
    public static final String GROWTH_WITHOUT_BASE = "PDM-T003";
    public static final String ZERO_WITH_LEVELS = "PDM-T004";
    public static final String TARGET_WITHOUT_LEVEL = "PDM-T005";
    public static final String TARGET_OUTSIDE_PLAN = "PDM-T006";
    public static final String GROWTH_NOT_PERCENT = "PDM-T007";
    public static final String BASE_WITHOUT_GROWTH = "PDM-T008";
    public static final String NEGATIVE_TARGET = "PDM-T009";
    // U: units
    public static final String UNIT_MISMATCH = "PDM-U001";
    public static final String PERCENT_VS_POINTS = "PDM-U002";
    // D: decompositions
    public static final String SPLIT_GUARANTEE_SUM = "PDM-D001";
    public static final String SPLIT_STRIVE_SUM = "PDM-D002";
    public static final String SPLIT_WITHOUT_TARGET = "PDM-D003";
    public static final String SPLIT_NOT_CHILD = "PDM-D004";
    public static final String SPLIT_DUPLICATE_SHARE = "PDM-D005";
    public static final String SPLIT_SHARE_UNLIKE_TARGET = "PDM-D006";
    // A: actuals
    public static final String ACTUAL_OUTSIDE_PERIOD = "PDM-A001";
    public static final String CUMULATIVE_DECREASING = "PDM-A002";
    public static final String DUPLICATE_ACTUAL = "PDM-A003";
    public static final String ACTUAL_AFTER_AS_OF = "PDM-A004";
    public static final String MONTHLY_SUM_MISMATCH = "PDM-A005";
    public static final String REPORTED_BEFORE_MONTH_END = "PDM-A006";
    public static final String ACTUAL_WITHOUT_VALUE = "PDM-A007";
    // R: ranks
    public static final String RANK_ABOVE_GROUP_SIZE = "PDM-R001";
    public static final String RANK_BELOW_ONE = "PDM-R002";
    public static final String RANK_SIZE_DIFFERS = "PDM-R003";
    public static final String RANK_NOT_MEMBER = "PDM-R004";
    public static final String DUPLICATE_RANK = "PDM-R005";
    // J: projects
    public static final String PAID_ABOVE_CONTRACT = "PDM-J001";
    public static final String SIGNED_WITHOUT_CONTRACT = "PDM-J002";
    public static final String STAGE_HISTORY_ORDER = "PDM-J003";
    public static final String TRACKING_WITH_PAID_IN = "PDM-J004";
    public static final String PROJECT_AMOUNT_NOT_MONEY = "PDM-J005";
    public static final String PROJECT_WITHOUT_LEADER = "PDM-J006";
    // M: measures
    public static final String MEASURE_WITHOUT_OWNER = "PDM-M001";
    public static final String MEASURE_OVERDUE = "PDM-M002";
    public static final String DEADLINE_BEFORE_PLAN = "PDM-M003";
    public static final String COMPLETION_STATUS = "PDM-M004";
    public static final String COMPLETED_IN_FUTURE = "PDM-M005";
    public static final String OPEN_WITHOUT_DEADLINE = "PDM-M006";
    public static final String DONE_WITHOUT_EVIDENCE = "PDM-M007";
    // C: meetings and speeches
    public static final String MEETING_OUTSIDE_PERIOD = "PDM-C001";
    public static final String SPEECH_MEETING_CONFLICT = "PDM-C002";
    public static final String SPAN_OUTSIDE_TEXT = "PDM-C003";
    public static final String FIGURE_UNIT_MISMATCH = "PDM-C004";

    private IssueCodes() {
    }
}
