/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The actuals import's translatable strings; {@code messages*.properties} are UTF-8. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.actuals.ui.internal.messages"; //$NON-NLS-1$

    public static String ActualsImportService_planErrors;
    public static String ActualsImportService_saveFailed;
    public static String ActualsImportService_fileErrors;
    public static String ActualsImportWizard_title;
    public static String ActualsImportWizard_importing;
    public static String ActualsImportWizard_done;
    public static String CheckPage_title;
    public static String CheckPage_description;
    public static String CheckPage_checking;
    public static String CheckPage_failed;
    public static String CheckPage_location;
    public static String CheckPage_row;
    public static String CheckPage_column;
    public static String CheckPage_code;
    public static String CheckPage_message;
    public static String CheckPage_counts;
    public static String CheckPage_nothingWithErrors;
    public static String CheckPage_nothingChanges;
    public static String CheckPage_ready;
    public static String CheckPage_planNotUsable;
    public static String ActualsImportWizard_asOfMoved;
    public static String CheckPage_changes;
    public static String CheckPage_organisation;
    public static String CheckPage_indicator;
    public static String CheckPage_month;
    public static String CheckPage_basis;
    public static String CheckPage_before;
    public static String CheckPage_after;
    public static String CheckPage_file;
    public static String CheckPage_cumulative;
    public static String CheckPage_monthly;
    public static String CheckPage_moveAsOf;
    public static String CheckPage_onlyAsOf;
    public static String ColumnsPage_title;
    public static String ColumnsPage_description;
    public static String ColumnsPage_sheet;
    public static String ColumnsPage_headerRow;
    public static String ColumnsPage_reload;
    public static String ColumnsPage_fields;
    public static String ColumnsPage_default;
    public static String ColumnsPage_automatic;
    public static String ColumnsPage_pickNote;
    public static String ColumnsPage_mappingNote;
    public static String Field_organisation;
    public static String Field_indicator;
    public static String Field_month;
    public static String Field_value;
    public static String Field_unit;
    public static String Field_basis;
    public static String Field_previousYear;
    public static String Field_source;
    public static String Field_reportDate;
    public static String SourcePage_title;
    public static String SourcePage_description;
    public static String SourcePage_data;
    public static String SourcePage_plan;
    public static String SourcePage_mapping;
    public static String SourcePage_browse;
    public static String SourcePage_partial;
    public static String SourcePage_note;
    public static String SourcePage_noDataFile;
    public static String SourcePage_noPlan;
    public static String SourcePage_noMappingFile;


    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
