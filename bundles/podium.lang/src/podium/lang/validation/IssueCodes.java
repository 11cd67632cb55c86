/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.validation;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;

import podium.core.Severity;
import podium.lang.internal.Messages;

/**
 * Every problem the language reports, with its stable code, default severity and a one-line summary;
 * quick fixes, tests, docs/validation.md and the CLI all key on {@link #code()}.
 */
public enum IssueCodes {
    // X: text that cannot be read or parsed
    SYNTAX("PDM-X001", Severity.ERROR, false, "syntax error", "语法错误"),
    BAD_VALUE("PDM-X002", Severity.ERROR, false, "impossible number, date, month or period", "不可能的数字、日期、月份或期间"),
    UNREADABLE("PDM-X003", Severity.ERROR, false, "file is not valid UTF-8 text", "文件不是有效的 UTF-8 文本"),
    BINARY("PDM-X004", Severity.ERROR, false, "file is binary, not text", "文件是二进制文件，不是文本"),
    XMI_UNREADABLE("PDM-X005", Severity.ERROR, false, "XMI file that cannot be read or written as text", "无法读写的 XMI 文件"),
    TOO_LARGE("PDM-X006", Severity.ERROR, false, "file or workspace larger than Podium reads", "文件或工作区超出 Podium 可读取的大小"),
    TOO_DEEP("PDM-X007", Severity.ERROR, false, "blocks nested deeper than Podium reads", "块嵌套层数超出 Podium 可读取的深度"),
    // L, N: names
    UNRESOLVED_REFERENCE("PDM-L001", Severity.ERROR, false, "reference to an unknown element", "引用了未知的元素"),
    IMPORT_AFTER_STATEMENTS("PDM-L002", Severity.WARNING, true, "import below other statements", "import 写在其他语句之后"),
    DUPLICATE_NAME("PDM-N001", Severity.ERROR, true, "two elements of the same kind share a name", "同类元素重名"),
    AMBIGUOUS_ALIAS("PDM-N002", Severity.WARNING, true, "an alias is also another element's name or alias", "别名与其他元素的名称或别名相同"),
    // P: plan
    AS_OF_OUTSIDE_PERIOD("PDM-P001", Severity.WARNING, true, "as-of date outside the plan period", "截止日期不在计划期内"),
    SEVERAL_PLANS("PDM-P002", Severity.WARNING, true, "more than one plan in a workspace", "工作区中有多个计划"),
    // I: indicators
    RATIO_SUMMED("PDM-I001", Severity.ERROR, true, "a ratio indicator cannot be aggregated by sum", "比率指标不能按求和汇总"),
    INDICATOR_IN_POINTS("PDM-I002", Severity.WARNING, true, "indicator measured in 个百分点", "指标以个百分点计"),
    INDICATOR_WITHOUT_TITLE("PDM-I003", Severity.INFO, true, "indicator without a Chinese title", "指标没有中文名称"),
    // G: peer groups
    GROUP_SIZE_INVALID("PDM-G001", Severity.ERROR, true, "group size below 1", "比较组单位数小于 1"),
    GROUP_TOO_MANY_MEMBERS("PDM-G002", Severity.ERROR, true, "more members than the group size", "成员多于比较组单位数"),
    GROUP_DUPLICATE_MEMBER("PDM-G003", Severity.WARNING, true, "member listed twice", "成员重复列出"),
    // T: targets
    STRIVE_BELOW_GUARANTEE("PDM-T001", Severity.ERROR, true, "力争 level not beyond the 确保 level", "力争值未超过确保值"),
    DUPLICATE_TARGET("PDM-T002", Severity.ERROR, true, "two targets for the same indicator, organisation and period", "同一指标、单位和期间有两个目标"),
    GROWTH_WITHOUT_BASE("PDM-T003", Severity.WARNING, true, "growth target without a base value", "同比增长目标没有基数"),
    ZERO_WITH_LEVELS("PDM-T004", Severity.ERROR, true, "zero target with non-zero levels", "“零”目标却有非零目标值"),
    TARGET_WITHOUT_LEVEL("PDM-T005", Severity.ERROR, true, "target with neither a level nor 零", "目标既无目标值也不是“零”"),
    TARGET_OUTSIDE_PLAN("PDM-T006", Severity.WARNING, true, "target period outside the plan period", "目标期不在计划期内"),
    GROWTH_NOT_PERCENT("PDM-T007", Severity.ERROR, true, "growth levels not in %", "增长目标值不以 % 计"),
    BASE_WITHOUT_GROWTH("PDM-T008", Severity.WARNING, true, "base value on a target that is not a growth target", "非同比增长目标写了基数"),
    NEGATIVE_TARGET("PDM-T009", Severity.WARNING, true, "negative level for a cumulative indicator", "累计型指标的目标值为负数"),
    // U: units
    UNIT_MISMATCH("PDM-U001", Severity.ERROR, true, "unit incompatible with the indicator's unit", "计量单位与指标的单位不相容"),
    PERCENT_VS_POINTS("PDM-U002", Severity.ERROR, true, "% mixed with 个百分点", "% 与个百分点混用"),
    // D: decompositions
    SPLIT_GUARANTEE_SUM("PDM-D001", Severity.WARNING, true, "确保 shares do not add up to the parent's 确保 level", "分解的确保任务合计不等于上级确保目标"),
    SPLIT_STRIVE_SUM("PDM-D002", Severity.WARNING, true, "力争 shares do not add up to the parent's 力争 level", "分解的力争任务合计不等于上级力争目标"),
    SPLIT_WITHOUT_TARGET("PDM-D003", Severity.ERROR, true, "no target to decompose", "没有可分解的目标"),
    SPLIT_NOT_CHILD("PDM-D004", Severity.ERROR, true, "share for an organisation outside the parent", "分解给了上级以外的单位"),
    SPLIT_DUPLICATE_SHARE("PDM-D005", Severity.ERROR, true, "two shares for the same organisation", "同一单位分解了两次"),
    // A: actuals
    ACTUAL_OUTSIDE_PERIOD("PDM-A001", Severity.ERROR, true, "actual for a month outside the plan period", "实际数的月份不在计划期内"),
    CUMULATIVE_DECREASING("PDM-A002", Severity.ERROR, true, "cumulative actual lower than the month before", "累计数低于上月"),
    DUPLICATE_ACTUAL("PDM-A003", Severity.ERROR, true, "two actuals for the same indicator, organisation, month and basis", "同一指标、单位、月份和口径有两个实际数"),
    ACTUAL_AFTER_AS_OF("PDM-A004", Severity.WARNING, true, "actual for a month after the as-of date", "实际数的月份晚于截止日期"),
    MONTHLY_SUM_MISMATCH("PDM-A005", Severity.WARNING, true, "当月 values do not add up to the 累计 value", "当月数合计不等于累计数"),
    REPORTED_BEFORE_MONTH_END("PDM-A006", Severity.WARNING, true, "report date before the month ends", "报送日期早于月末"),
    // R: ranks
    RANK_ABOVE_GROUP_SIZE("PDM-R001", Severity.ERROR, true, "rank beyond the group size", "排名超出比较组单位数"),
    RANK_BELOW_ONE("PDM-R002", Severity.ERROR, true, "rank below 1", "排名小于 1"),
    RANK_SIZE_DIFFERS("PDM-R003", Severity.WARNING, true, "'of' differs from the group size", "of 与比较组单位数不同"),
    RANK_NOT_MEMBER("PDM-R004", Severity.WARNING, true, "organisation not a member of the group", "单位不是比较组成员"),
    DUPLICATE_RANK("PDM-R005", Severity.ERROR, true, "two ranks for the same indicator, organisation, month and group", "同一指标、单位、月份和比较组有两个排名"),
    // J: projects
    PAID_ABOVE_CONTRACT("PDM-J001", Severity.WARNING, true, "paid-in amount above the contract amount", "实际到位超过合同金额"),
    SIGNED_WITHOUT_CONTRACT("PDM-J002", Severity.WARNING, true, "signed project without a contract amount", "已签约项目没有合同金额"),
    STAGE_HISTORY_ORDER("PDM-J003", Severity.ERROR, true, "stage history out of order or ending elsewhere than the current stage", "项目进展顺序颠倒或与当前阶段不符"),
    TRACKING_WITH_PAID_IN("PDM-J004", Severity.WARNING, true, "project still in talks has paid-in capital", "在谈项目已有实际到位资金"),
    PROJECT_AMOUNT_NOT_MONEY("PDM-J005", Severity.ERROR, true, "project amount not in a currency unit", "项目金额不是货币单位"),
    PROJECT_WITHOUT_LEADER("PDM-J006", Severity.INFO, true, "project without a leader in charge (挂点领导)", "项目没有挂点领导"),
    // M: measures
    MEASURE_WITHOUT_OWNER("PDM-M001", Severity.WARNING, true, "measure without an owner (牵头单位)", "措施没有牵头单位"),
    MEASURE_OVERDUE("PDM-M002", Severity.INFO, true, "measure past its deadline and not done", "措施逾期未完成"),
    DEADLINE_BEFORE_PLAN("PDM-M003", Severity.ERROR, true, "deadline before the plan period starts", "完成时限早于计划开始"),
    COMPLETION_STATUS("PDM-M004", Severity.WARNING, true, "completion date and status disagree", "完成日期与状态不一致"),
    COMPLETED_IN_FUTURE("PDM-M005", Severity.ERROR, true, "completion date after the as-of date", "完成日期晚于截止日期"),
    // C: meetings
    MEETING_OUTSIDE_PERIOD("PDM-C001", Severity.WARNING, true, "meeting date outside the plan period", "会议日期不在计划期内"),
    SPEECH_MEETING_CONFLICT("PDM-C002", Severity.ERROR, true, "speech inside one meeting names another", "讲话所属会议与所写会议不同");

    private static final Map<String, IssueCodes> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toMap(IssueCodes::code, Function.identity()));

    private final String code;
    private final Severity defaultSeverity;
    private final boolean configurable;
    private final String summary;
    private final String chineseSummary;

    IssueCodes(String code, Severity defaultSeverity, boolean configurable, String summary, String chineseSummary) {
        if (!Pattern.matches("PDM-[A-Z]\\d{3}", code) || defaultSeverity == Severity.IGNORE) {
            throw new IllegalArgumentException("bad rule metadata: " + code);
        }
        this.code = code;
        this.defaultSeverity = defaultSeverity;
        this.configurable = configurable;
        this.summary = summary;
        this.chineseSummary = chineseSummary;
    }

    /** The stable code, e.g. {@code PDM-T001}. */
    public String code() {
        return code;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** Whether users may change the severity (syntax and linking problems are always errors). */
    public boolean configurable() {
        return configurable;
    }

    /** The one-line summary in English, as docs/validation.md gives it. */
    public String summary() {
        return summary;
    }

    /** The summary in the user's language (the one the messages are in), e.g. for a preference page. */
    public String label() {
        return Messages.LANGUAGE.equals("zh") ? chineseSummary : summary;
    }

    /** The code to report for a problem Xtext found: its own if it is one of ours, else a syntax error. */
    public static String reported(String xtextCode) {
        return xtextCode != null && xtextCode.startsWith("PDM-") ? xtextCode : SYNTAX.code();
    }

    /** The rule with this code, if any. */
    public static Optional<IssueCodes> byCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code.trim().toUpperCase(java.util.Locale.ROOT)));
    }

    /** The word users know for a kind of element, as used in messages, in the user's language. */
    public static String kindName(EClass type) {
        return switch (type.getName()) {
            case "Organisation" -> Messages.Kind_organisation;
            case "PeerGroup" -> Messages.Kind_peerGroup;
            case "Plan" -> Messages.Kind_plan;
            case "Indicator" -> Messages.Kind_indicator;
            case "Meeting" -> Messages.Kind_meeting;
            case "Speech" -> Messages.Kind_speech;
            case "Project" -> Messages.Kind_project;
            case "Measure" -> Messages.Kind_measure;
            default -> type.getName().toLowerCase(java.util.Locale.ROOT); // no such element has a name
        };
    }
}
