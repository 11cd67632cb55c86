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

/**
 * Every problem the language reports, with its stable code, default severity and a one-line summary;
 * quick fixes, tests, docs/validation.md and the CLI all key on {@link #code()}.
 */
public enum IssueCodes {
    // X: text that cannot be read or parsed
    SYNTAX("PDM-X001", Severity.ERROR, false, "syntax error"),
    BAD_VALUE("PDM-X002", Severity.ERROR, false, "impossible number, date, month or period"),
    UNREADABLE("PDM-X003", Severity.ERROR, false, "file is not valid UTF-8 text"),
    BINARY("PDM-X004", Severity.ERROR, false, "file is binary, not text"),
    XMI_UNREADABLE("PDM-X005", Severity.ERROR, false, "XMI file that cannot be read or written as text"),
    // L, N: names
    UNRESOLVED_REFERENCE("PDM-L001", Severity.ERROR, false, "reference to an unknown element"),
    IMPORT_AFTER_STATEMENTS("PDM-L002", Severity.WARNING, true, "import below other statements"),
    DUPLICATE_NAME("PDM-N001", Severity.ERROR, true, "two elements of the same kind share a name"),
    AMBIGUOUS_ALIAS("PDM-N002", Severity.WARNING, true, "an alias is also another element's name or alias"),
    // P: plan
    AS_OF_OUTSIDE_PERIOD("PDM-P001", Severity.WARNING, true, "as-of date outside the plan period"),
    SEVERAL_PLANS("PDM-P002", Severity.WARNING, true, "more than one plan in a workspace"),
    // I: indicators
    RATIO_SUMMED("PDM-I001", Severity.ERROR, true, "a ratio indicator cannot be aggregated by sum"),
    INDICATOR_IN_POINTS("PDM-I002", Severity.WARNING, true, "indicator measured in 个百分点"),
    INDICATOR_WITHOUT_TITLE("PDM-I003", Severity.INFO, true, "indicator without a Chinese title"),
    // G: peer groups
    GROUP_SIZE_INVALID("PDM-G001", Severity.ERROR, true, "group size below 1"),
    GROUP_TOO_MANY_MEMBERS("PDM-G002", Severity.ERROR, true, "more members than the group size"),
    GROUP_DUPLICATE_MEMBER("PDM-G003", Severity.WARNING, true, "member listed twice"),
    // T: targets
    STRIVE_BELOW_GUARANTEE("PDM-T001", Severity.ERROR, true, "力争 level not beyond the 确保 level"),
    DUPLICATE_TARGET("PDM-T002", Severity.ERROR, true, "two targets for the same indicator, organisation and period"),
    GROWTH_WITHOUT_BASE("PDM-T003", Severity.WARNING, true, "growth target without a base value"),
    ZERO_WITH_LEVELS("PDM-T004", Severity.ERROR, true, "zero target with non-zero levels"),
    TARGET_WITHOUT_LEVEL("PDM-T005", Severity.ERROR, true, "target with neither a level nor 零"),
    TARGET_OUTSIDE_PLAN("PDM-T006", Severity.WARNING, true, "target period outside the plan period"),
    GROWTH_NOT_PERCENT("PDM-T007", Severity.ERROR, true, "growth levels not in %"),
    BASE_WITHOUT_GROWTH("PDM-T008", Severity.WARNING, true, "base value on a target that is not a growth target"),
    NEGATIVE_TARGET("PDM-T009", Severity.WARNING, true, "negative level for a cumulative indicator"),
    // U: units
    UNIT_MISMATCH("PDM-U001", Severity.ERROR, true, "unit incompatible with the indicator's unit"),
    PERCENT_VS_POINTS("PDM-U002", Severity.ERROR, true, "% mixed with 个百分点"),
    // D: decompositions
    SPLIT_GUARANTEE_SUM("PDM-D001", Severity.WARNING, true, "确保 shares do not add up to the parent's 确保 level"),
    SPLIT_STRIVE_SUM("PDM-D002", Severity.WARNING, true, "力争 shares do not add up to the parent's 力争 level"),
    SPLIT_WITHOUT_TARGET("PDM-D003", Severity.ERROR, true, "no target to decompose"),
    SPLIT_NOT_CHILD("PDM-D004", Severity.ERROR, true, "share for an organisation outside the parent"),
    SPLIT_DUPLICATE_SHARE("PDM-D005", Severity.ERROR, true, "two shares for the same organisation"),
    // A: actuals
    ACTUAL_OUTSIDE_PERIOD("PDM-A001", Severity.ERROR, true, "actual for a month outside the plan period"),
    CUMULATIVE_DECREASING("PDM-A002", Severity.ERROR, true, "cumulative actual lower than the month before"),
    DUPLICATE_ACTUAL("PDM-A003", Severity.ERROR, true, "two actuals for the same indicator, organisation, month and basis"),
    ACTUAL_AFTER_AS_OF("PDM-A004", Severity.WARNING, true, "actual for a month after the as-of date"),
    MONTHLY_SUM_MISMATCH("PDM-A005", Severity.WARNING, true, "当月 values do not add up to the 累计 value"),
    REPORTED_BEFORE_MONTH_END("PDM-A006", Severity.WARNING, true, "report date before the month ends"),
    // R: ranks
    RANK_ABOVE_GROUP_SIZE("PDM-R001", Severity.ERROR, true, "rank beyond the group size"),
    RANK_BELOW_ONE("PDM-R002", Severity.ERROR, true, "rank below 1"),
    RANK_SIZE_DIFFERS("PDM-R003", Severity.WARNING, true, "'of' differs from the group size"),
    RANK_NOT_MEMBER("PDM-R004", Severity.WARNING, true, "organisation not a member of the group"),
    DUPLICATE_RANK("PDM-R005", Severity.ERROR, true, "two ranks for the same indicator, organisation, month and group"),
    // J: projects
    PAID_ABOVE_CONTRACT("PDM-J001", Severity.WARNING, true, "paid-in amount above the contract amount"),
    SIGNED_WITHOUT_CONTRACT("PDM-J002", Severity.WARNING, true, "signed project without a contract amount"),
    STAGE_HISTORY_ORDER("PDM-J003", Severity.ERROR, true, "stage history out of order or ending elsewhere than the current stage"),
    TRACKING_WITH_PAID_IN("PDM-J004", Severity.WARNING, true, "project still in talks has paid-in capital"),
    PROJECT_AMOUNT_NOT_MONEY("PDM-J005", Severity.ERROR, true, "project amount not in a currency unit"),
    PROJECT_WITHOUT_LEADER("PDM-J006", Severity.INFO, true, "project without a leader in charge (挂点领导)"),
    // M: measures
    MEASURE_WITHOUT_OWNER("PDM-M001", Severity.WARNING, true, "measure without an owner (牵头单位)"),
    MEASURE_OVERDUE("PDM-M002", Severity.INFO, true, "measure past its deadline and not done"),
    DEADLINE_BEFORE_PLAN("PDM-M003", Severity.ERROR, true, "deadline before the plan period starts"),
    COMPLETION_STATUS("PDM-M004", Severity.WARNING, true, "completion date and status disagree"),
    COMPLETED_IN_FUTURE("PDM-M005", Severity.ERROR, true, "completion date after the as-of date"),
    // C: meetings
    MEETING_OUTSIDE_PERIOD("PDM-C001", Severity.WARNING, true, "meeting date outside the plan period"),
    SPEECH_MEETING_CONFLICT("PDM-C002", Severity.ERROR, true, "speech inside one meeting names another");

    private static final Map<String, IssueCodes> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toMap(IssueCodes::code, Function.identity()));

    private final String code;
    private final Severity defaultSeverity;
    private final boolean configurable;
    private final String summary;

    IssueCodes(String code, Severity defaultSeverity, boolean configurable, String summary) {
        if (!Pattern.matches("PDM-[A-Z]\\d{3}", code) || defaultSeverity == Severity.IGNORE) {
            throw new IllegalArgumentException("bad rule metadata: " + code);
        }
        this.code = code;
        this.defaultSeverity = defaultSeverity;
        this.configurable = configurable;
        this.summary = summary;
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

    public String summary() {
        return summary;
    }

    /** The rule with this code, if any. */
    public static Optional<IssueCodes> byCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code.trim().toUpperCase(java.util.Locale.ROOT)));
    }

    /** The word users know for a kind of element, as used in messages. */
    public static String kindName(EClass type) {
        return switch (type.getName()) {
            case "Organisation" -> "organisation";
            case "PeerGroup" -> "peer group";
            default -> type.getName().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
