/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The reports window's translatable strings; {@code messages*.properties} are UTF-8. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.reports.ui.internal.messages"; //$NON-NLS-1$

    public static String ReportsView_reports;
    public static String ReportsView_run;
    public static String ReportsView_runTooltip;
    public static String ReportsView_export;
    public static String ReportsView_exportTooltip;
    public static String ReportsView_noReports;
    public static String ReportsView_noWorkspace;
    public static String ReportsView_noWorkspaceShort;
    public static String ReportsView_workspace;
    public static String ReportsView_fromEditor;
    public static String ReportsView_fromExplorer;
    public static String ReportsView_fromOpened;
    public static String ReportsView_running;
    public static String ReportsView_exportFormat;
    public static String ReportsView_noFormats;
    public static String ReportsView_exportTitle;
    public static String ReportsView_exporting;
    public static String ReportsView_exportJob;
    public static String ReportsView_exported;
    public static String ReportsView_exportFailed;
    public static String ReportRuns_job;
    public static String ReportRuns_failed;
    public static String ReportPage_running;
    public static String ReportPage_pluginFailed;
    public static String ReportPage_refused;
    public static String ReportPage_presentationFailed;
    public static String ReportList_otherCategory;
    public static String ReportDefaultsPage_description;
    public static String ReportDefaultsPage_exportFolder;
    public static String ReportDefaultsPage_exportFolderNone;
    public static String ReportDefaultsPage_browse;
    public static String ReportDefaultsPage_notANumber;
    public static String ReportDefaultsPage_noFolder;
    public static String ParameterPanel_asOf;
    public static String ParameterPanel_period;
    public static String ParameterPanel_organisation;
    public static String ParameterPanel_allOrganisations;
    public static String ParameterPanel_indicators;
    public static String ParameterPanel_allIndicators;
    public static String ParameterPanel_indicatorsTitle;
    public static String ParameterPanel_indicatorsMessage;
    public static String ParameterPanel_listSeparator;
    public static String ParameterPanel_peerGroup;
    public static String ParameterPanel_ownGroups;
    public static String ParameterPanel_titled;
    public static String ParameterPanel_option;
    public static String GenericPresentation_parameter;
    public static String GenericPresentation_parameterSeparator;
    public static String GenericPresentation_omissionsNotice;
    public static String GenericPresentation_omissionsTitle;

    public static String ShowReport_title;
    public static String ShowReport_noReport;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
