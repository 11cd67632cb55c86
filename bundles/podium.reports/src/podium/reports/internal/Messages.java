/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.internal;

import org.eclipse.osgi.util.NLS;

/** The platform's messages in messages.properties (English) and messages_zh_CN.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.reports.internal.messages"; //$NON-NLS-1$

    public static String Contribution_cannotCreate;
    public static String Contribution_wrongType;
    public static String Registry_reportIncomplete;
    public static String Registry_duplicateReport;
    public static String Registry_exporterIncomplete;
    public static String Registry_duplicateExporter;
    public static String Run_failed;
    public static String Run_timedOut;
    public static String Run_noData;
    public static String Run_interrupted;
    public static String Export_notAccepted;
    public static String Export_failed;
    public static String Export_timedOut;
    public static String Export_cannotWrite;
    public static String Export_isFolder;
    public static String Export_noFolder;
    public static String Export_readOnly;
    public static String Export_folderReadOnly;
    public static String Parameter_unknownOrganisation;
    public static String Parameter_unknownIndicator;
    public static String Parameter_unknownGroup;
    public static String Parameter_unknownOption;
    public static String Parameter_badMonth;
    public static String Parameter_badPeriod;
    public static String Parameter_badInteger;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
