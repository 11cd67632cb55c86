/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals;

/** Stable codes of the problems an actuals import reports, row by row. */
public final class ImportCodes {
    /** The data file cannot be read (missing, not a spreadsheet, old .xls format, broken zip). */
    public static final String UNREADABLE = "PDM-A101";
    /** The mapping file has a line that is not {@code key = value}, an unknown key or a bad value. */
    public static final String BAD_MAPPING = "PDM-A102";
    /** A mapped column is not in the header row, or a required field has neither column nor default. */
    public static final String MISSING_COLUMN = "PDM-A103";
    /** The organisation of a row is not in the model (by name, title or alias). */
    public static final String UNKNOWN_ORGANISATION = "PDM-A104";
    /** The indicator of a row is not in the model (by code, title or alias). */
    public static final String UNKNOWN_INDICATOR = "PDM-A105";
    /** A value or previous-year value is not a number. */
    public static final String BAD_NUMBER = "PDM-A106";
    /** A unit is unknown or does not convert to the indicator's unit. */
    public static final String UNIT_MISMATCH = "PDM-A107";
    /** A month is not a month (2004-08, 2004年8月, 2004.8, an Excel date). */
    public static final String BAD_MONTH = "PDM-A108";
    /** A basis is neither cumulative (累计) nor monthly (当月). */
    public static final String BAD_BASIS = "PDM-A109";
    /** The same indicator, organisation, month and basis appears twice in the file. */
    public static final String DUPLICATE_ROW = "PDM-A110";
    /** A report date is not a date. */
    public static final String BAD_DATE = "PDM-A111";
    /** The plan has no planning-file root to add actuals to. */
    public static final String NO_PLAN = "PDM-A112";
    /** A month outside the plan's period (the language's PDM-A001 would refuse the workspace). */
    public static final String OUTSIDE_PLAN = "PDM-A113";
    /**
     * A cumulative value that would break its series: negative, or lower than an earlier month's of the
     * same year wherever in the workspace that is stored (the language's PDM-A002).
     */
    public static final String BREAKS_SERIES = "PDM-A114";
    /**
     * Information: the workspace held a row's actual more than once (the language's PDM-A003); the import
     * kept one copy and removed the others.
     */
    public static final String DUPLICATE_REMOVED = "PDM-A115";

    /**
     * Information: a monthly report's total row (合计, 总计, 小计, 全市合计) names no organisation of the model; it is
     * not imported.
     */
    public static final String TOTAL_ROW_SKIPPED = "PDM-A116";

    private ImportCodes() {
    }
}
