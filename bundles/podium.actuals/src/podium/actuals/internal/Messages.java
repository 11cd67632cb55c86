/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.internal;

import org.eclipse.osgi.util.NLS;

/** What an actuals import tells its user, in messages.properties (English) and messages_zh_CN.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.actuals.internal.messages"; //$NON-NLS-1$

    public static String Field_organisation;
    public static String Field_indicator;
    public static String Field_month;
    public static String Field_value;
    public static String Field_unit;
    public static String Field_basis;
    public static String Field_previousYear;
    public static String Field_source;
    public static String Field_reportDate;

    public static String ActualsImporter_noPlanningFile;
    public static String ActualsImporter_noHeaderRow;
    public static String ActualsImporter_duplicateRow;

    public static String ImportResult_summary;
    public static String ImportResult_summaryNothingImported;

    public static String Mapping_cannotRead;
    public static String Mapping_expectedKeyValue;
    public static String Mapping_badHeaderRow;
    public static String Mapping_unknownKey;
    public static String Mapping_unknownEncoding;

    public static String Columns_mappedColumnMissing;
    public static String Columns_requiredColumnMissing;

    public static String Tables_cannotRead;
    public static String Tables_cannotReadBecause;
    public static String Tables_oldExcelFormat;
    public static String Tables_noSheet;
    public static String Tables_unreadableXlsx;

    public static String RowReader_empty;
    public static String RowReader_unknownOrganisation;
    public static String RowReader_totalRow;
    public static String RowReader_unknownIndicator;
    public static String RowReader_notMonth;
    public static String RowReader_notNumber;
    public static String RowReader_notDate;
    public static String RowReader_badBasis;
    public static String RowReader_unknownUnit;
    public static String RowReader_unitDoesNotConvert;
    public static String Columns_headerRead;
    public static String Tables_tooLarge;
    public static String Tables_tooManyRows;
    public static String Tables_binary;
    public static String Tables_csvBroken;
    public static String Tables_csvUnclosedQuote;
    public static String Tables_csvAfterQuote;
    public static String RowReader_exponent;
    public static String RowReader_misgrouped;
    public static String RowReader_outsidePlan;
    public static String RowReader_negativeCumulative;
    public static String RowReader_decreasing;
    public static String SeriesCheck_row;
    public static String ImportResult_summaryPartial;
    public static String ActualsImporter_duplicateRemoved;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
